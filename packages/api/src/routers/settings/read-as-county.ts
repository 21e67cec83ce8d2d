// A read-only window onto the county's own rows (categories, committees, settings, holidays)
// from inside a town's transaction.
//
// Why: a town member's scope is the town alone, and the one RLS policy per table is FOR ALL, so
// county-owned configuration is invisible to them, yet every town needs the county's categories,
// deadlines and calendar. Until a SELECT-only policy for county configuration exists (see the
// onboarding report), this opens a savepoint, makes it read-only, scopes it to the county, runs
// `fn` and rolls the savepoint back: the read-only flag and the town's scope are restored by
// PostgreSQL itself, and nothing `fn` might try to write can survive.
import type { Transaction } from '@concord/db/client';
import { applyScope, systemScope } from '@concord/db/scope';
import { sql } from 'drizzle-orm';

class WindowClosed extends Error {}

/**
 * `countyId` must come from the request's resolved tenant (`ctx.tenant.countyId`), never from
 * input. `fn` must only read.
 */
export async function readAsCounty<T>(
  tx: Transaction,
  countyId: string,
  fn: (window: Transaction) => Promise<T>,
): Promise<T> {
  let result: { value: T } | null = null;
  try {
    await tx.transaction(async (window) => {
      await window.execute(sql`set local transaction_read_only = on`);
      await applyScope(window, systemScope([countyId]));
      result = { value: await fn(window) };
      throw new WindowClosed();
    });
  } catch (error) {
    if (!(error instanceof WindowClosed)) throw error;
  }
  if (!result) throw new Error('readAsCounty: the window closed without a result');
  return (result as { value: T }).value;
}
