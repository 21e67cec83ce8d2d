// The request scope: which tenants (and, for joint mediation, which cases) a transaction may
// touch. Row-level security reads it from transaction-local settings; never a session-level SET.
import { sql } from 'drizzle-orm';
import type { Database, Transaction } from './client.ts';

export interface Scope {
  userId: string | null;
  tenantIds: readonly string[];
  caseIds: readonly string[];
}

/** Only the user's own memberships and the tenants of their counties are visible. */
export function userScope(userId: string): Scope {
  return { userId, tenantIds: [], caseIds: [] };
}

/**
 * An explicit scope for work without a user (jobs, webhooks, seeding): the tenants it may act
 * on are named, so even system work never runs with RLS switched off.
 */
export function systemScope(tenantIds: readonly string[]): Scope {
  return { userId: null, tenantIds, caseIds: [] };
}

const toArrayLiteral = (ids: readonly string[]) => `{${ids.join(',')}}`;

export async function applyScope(tx: Transaction, scope: Scope): Promise<void> {
  await tx.execute(sql`select
    set_config('app.user_id', ${scope.userId ?? ''}, true),
    set_config('app.tenant_ids', ${toArrayLiteral(scope.tenantIds)}, true),
    set_config('app.case_ids', ${toArrayLiteral(scope.caseIds)}, true)`);
}

/** Runs `fn` in one transaction under `scope`. */
export function withScope<T>(
  db: Database,
  scope: Scope,
  fn: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await applyScope(tx, scope);
    return fn(tx);
  });
}
