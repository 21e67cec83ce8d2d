// The permission matrix: which role may do what, in one table. Permissions are typed strings
// `entity:action`; procedures ask `can(roles, 'case:assign')`, never for a role by name.
import type { Role } from '@concord/db/schema';

export const permissions = [
  'tenant:read',
  'tenant:configure',
  'town:manage',
  'member:invite',
  'member:manage',
  'case:create',
  'case:read',
  'case:update',
  'case:assign',
  'case:supervise',
  'case:export',
  'pii:reveal',
  'subsidy:read',
  'subsidy:approve',
  'audit:read',
  'billing:manage',
  'session:manage-own',
] as const;
export type Permission = (typeof permissions)[number];

/** Everyone who can sign in may see their tenant and manage their own sessions. */
const base: Permission[] = ['tenant:read', 'session:manage-own'];

const matrix: Record<Role, readonly Permission[]> = {
  // The customer's administrator: everything, including configuration and billing.
  county_admin: permissions,
  // Runs a township centre: its staff, its org units and its whole case load.
  town_admin: [
    ...base,
    'town:manage',
    'member:invite',
    'member:manage',
    'case:create',
    'case:read',
    'case:update',
    'case:assign',
    'case:supervise',
    'case:export',
    'pii:reveal',
    'subsidy:read',
    'audit:read',
  ],
  // Registers disputes and the parties' details.
  intake_officer: [...base, 'case:create', 'case:read', 'case:update', 'pii:reveal'],
  // Works the cases: must reach the parties, so sees their details.
  mediator: [...base, 'case:read', 'case:update', 'pii:reveal'],
  // Checks and approves mediators' subsidies; reads cases as the evidence, masked.
  finance_officer: [...base, 'case:read', 'subsidy:read', 'subsidy:approve'],
  // Oversight (e.g. the justice bureau): reads, masked, changes nothing.
  viewer: [...base, 'case:read', 'subsidy:read'],
};

export function permissionsFor(roles: readonly Role[]): ReadonlySet<Permission> {
  return new Set(roles.flatMap((role) => matrix[role]));
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => matrix[role].includes(permission));
}

/**
 * County administrators hold every key of the customer's data, so they must always use a
 * second factor; a tenant may require it of everyone (`tenant.require_two_factor`).
 */
export function roleRequiresTwoFactor(role: Role): boolean {
  return role === 'county_admin';
}
