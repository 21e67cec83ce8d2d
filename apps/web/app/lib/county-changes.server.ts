// The change log under a list only the county keeps (dispute types and committees, the holiday
// calendar). A town reads the county's list without it.
import type { Caller } from './settings.server.ts';
import { type ChangeEntry, recentChanges } from './tenant-history.server.ts';

export async function countyChanges(
  caller: Caller,
  options: {
    tenantSlug: string;
    current: { tenant: { kind: 'county' | 'town' }; permissions: readonly string[] };
    prefixes: readonly string[];
  },
): Promise<ChangeEntry[] | null> {
  const { tenantSlug, current, prefixes } = options;
  if (current.tenant.kind !== 'county') return null;
  return recentChanges(caller, { tenantSlug, permissions: current.permissions, prefixes });
}
