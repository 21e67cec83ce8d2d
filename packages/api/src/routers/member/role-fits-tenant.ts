import type { Role } from '@concord/db/schema';

/** County administrators belong to a county, town administrators to a town; other roles to either. */
export function roleFitsTenant(role: Role, kind: 'county' | 'town'): boolean {
  if (role === 'county_admin') return kind === 'county';
  if (role === 'town_admin') return kind === 'town';
  return true;
}
