import { roles } from '@concord/db/schema';
import { describe, expect, it } from 'vitest';
import {
  can,
  type Permission,
  permissions,
  permissionsFor,
  roleRequiresTwoFactor,
} from './permissions.ts';

const holders = (permission: Permission) => roles.filter((role) => can([role], permission));
const readOnly = new Set<Permission>([
  'tenant:read',
  'case:read',
  'subsidy:read',
  'session:manage-own',
]);

describe('permission matrix', () => {
  it('gives the county administrator every permission', () => {
    expect([...permissionsFor(['county_admin'])].sort()).toEqual([...permissions].sort());
  });

  it('reserves configuration and billing to the county administrator', () => {
    expect(holders('tenant:configure')).toEqual(['county_admin']);
    expect(holders('billing:manage')).toEqual(['county_admin']);
  });

  it('lets the viewer read and change nothing', () => {
    for (const permission of permissionsFor(['viewer'])) expect(readOnly).toContain(permission);
    expect(can(['viewer'], 'case:read')).toBe(true);
    expect(can(['viewer'], 'pii:reveal')).toBe(false);
  });

  it('lets the finance officer approve subsidies, and nobody below town level manage staff', () => {
    expect(holders('subsidy:approve')).toEqual(['county_admin', 'finance_officer']);
    expect(holders('member:invite')).toEqual(['county_admin', 'town_admin']);
    expect(holders('member:manage')).toEqual(['county_admin', 'town_admin']);
  });

  it('reveals personal data to the roles that work with the parties only', () => {
    expect(holders('pii:reveal')).toEqual([
      'county_admin',
      'town_admin',
      'intake_officer',
      'mediator',
    ]);
  });

  it('lets every role see its tenant and manage its own sessions', () => {
    expect(holders('tenant:read')).toEqual([...roles]);
    expect(holders('session:manage-own')).toEqual([...roles]);
  });

  it('unions the permissions of several roles', () => {
    const combined = permissionsFor(['mediator', 'finance_officer']);
    expect(combined.has('pii:reveal')).toBe(true);
    expect(combined.has('subsidy:approve')).toBe(true);
    expect(combined.has('case:assign')).toBe(false);
    expect(can([], 'tenant:read')).toBe(false);
  });

  it('requires a second factor of county administrators', () => {
    expect(roles.filter(roleRequiresTwoFactor)).toEqual(['county_admin']);
  });
});
