// Role names and which roles fit which kind of tenant (mirrors the API's roleFitsTenant, so the
// invite form offers only what the server will accept).

import type { RouterOutputs } from '@concord/api';
import type { MessageKey } from '@concord/i18n';

export type Role = RouterOutputs['tenant']['current']['roles'][number];
export type TenantKind = RouterOutputs['tenant']['current']['tenant']['kind'];

export const roles: readonly Role[] = [
  'county_admin',
  'town_admin',
  'intake_officer',
  'mediator',
  'finance_officer',
  'viewer',
];

const roleKeys: Record<Role, MessageKey> = {
  county_admin: 'role.county_admin',
  town_admin: 'role.town_admin',
  intake_officer: 'role.intake_officer',
  mediator: 'role.mediator',
  finance_officer: 'role.finance_officer',
  viewer: 'role.viewer',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export function roleKey(role: Role): MessageKey {
  return roleKeys[role];
}

export function rolesForKind(kind: TenantKind): Role[] {
  return roles.filter((role) =>
    role === 'county_admin' ? kind === 'county' : role === 'town_admin' ? kind === 'town' : true,
  );
}

export function tenantKindKey(kind: TenantKind): MessageKey {
  return kind === 'county' ? 'tenant.kind.county' : 'tenant.kind.town';
}
