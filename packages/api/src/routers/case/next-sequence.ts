// Gapless yearly numbers per tenant. The upsert increments the counter row and keeps it locked
// until the caller's transaction ends: concurrent intakes of one tenant queue here, and a
// transaction that rolls back gives its number back, so the register has no holes.
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { type CounterKind, caseCounter } from '@concord/db/schema';
import { sql } from 'drizzle-orm';

export async function nextSequence(
  tx: Transaction,
  options: { countyId: string; tenantId: string; kind: CounterKind; year: number },
): Promise<number> {
  const [row] = await tx
    .insert(caseCounter)
    .values({ ...options, id: newId(), lastSequence: 1 })
    .onConflictDoUpdate({
      target: [caseCounter.countyId, caseCounter.tenantId, caseCounter.kind, caseCounter.year],
      set: { lastSequence: sql`${sql.identifier('case_counter')}.last_sequence + 1` },
    })
    .returning({ lastSequence: caseCounter.lastSequence });
  if (!row) throw new Error('case_counter upsert returned no row');
  return row.lastSequence;
}
