// Recent audit entries of some actions, for pages whose history is not a versioned setting
// (categories, committees, the holiday calendar), filtered by action prefix in the database.
import type { Caller } from './settings.server.ts';

export interface ChangeEntry {
  seq: number;
  at: Date;
  actor: string | null;
  action: string;
  detail: Record<string, unknown>;
}

export async function recentChanges(
  caller: Caller,
  options: { tenantSlug: string; permissions: readonly string[]; prefixes: readonly string[] },
): Promise<ChangeEntry[] | null> {
  if (!options.permissions.includes('audit:read')) return null;
  const entries = await caller.audit.list({
    tenantSlug: options.tenantSlug,
    limit: 20,
    actionPrefixes: [...options.prefixes],
  });
  return entries.map((entry) => ({
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    detail:
      typeof entry.detail === 'object' && entry.detail !== null
        ? (entry.detail as Record<string, unknown>)
        : {},
  }));
}
