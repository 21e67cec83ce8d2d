// Appends one entry to a case's timeline (case_event is append-only for the app role). The case
// row is locked first, so concurrent writers of one case take turns and `seq` has no gaps or
// duplicates; a transition already holds that lock from its UPDATE.
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { caseEvent, mediationCase } from '@concord/db/schema';
import { and, eq, sql } from 'drizzle-orm';

export type CaseEventRow = typeof caseEvent.$inferSelect;

export interface AppendCaseEventOptions {
  caseRef: { countyId: string; tenantId: string; id: string };
  kind: string;
  actorUserId: string | null;
  at: Date;
  fromStatus?: string | null;
  toStatus?: string | null;
  reason?: string | null;
  detail?: Record<string, unknown>;
}

export async function appendCaseEvent(
  tx: Transaction,
  options: AppendCaseEventOptions,
): Promise<CaseEventRow> {
  const { caseRef } = options;
  await tx
    .select({ id: mediationCase.id })
    .from(mediationCase)
    .where(and(eq(mediationCase.countyId, caseRef.countyId), eq(mediationCase.id, caseRef.id)))
    .for('no key update');
  const [last] = await tx
    .select({ seq: sql<number>`coalesce(max(${caseEvent.seq}), 0)::int` })
    .from(caseEvent)
    .where(and(eq(caseEvent.countyId, caseRef.countyId), eq(caseEvent.caseId, caseRef.id)));
  const [event] = await tx
    .insert(caseEvent)
    .values({
      countyId: caseRef.countyId,
      tenantId: caseRef.tenantId,
      id: newId(options.at.getTime()),
      caseId: caseRef.id,
      seq: (last?.seq ?? 0) + 1,
      at: options.at,
      actorUserId: options.actorUserId,
      kind: options.kind,
      fromStatus: options.fromStatus ?? null,
      toStatus: options.toStatus ?? null,
      reason: options.reason ?? null,
      detail: options.detail ?? {},
    })
    .returning();
  if (!event) throw new Error('case_event insert returned no row');
  return event;
}
