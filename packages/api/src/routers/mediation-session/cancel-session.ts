// Cancels a scheduled session (its room becomes free again), with the reason on the timeline.
import type { Transaction } from '@concord/db/client';
import { mediationSession } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { apiError } from '../../errors.ts';
import { recordCaseChange } from '../case/record-case-change.ts';
import { loadSession } from './load-session.ts';

export const ZCancelSessionInput = z.object({
  sessionId: z.guid(),
  expectedVersion: z.number().int().min(1),
  reason: z.string().trim().min(1).max(1000),
});
export type CancelSessionInput = z.infer<typeof ZCancelSessionInput>;

export async function cancelSession(
  tx: Transaction,
  options: { countyId: string; input: CancelSessionInput; actorUserId: string; now: Date },
) {
  const { input } = options;
  const session = await loadSession(tx, { countyId: options.countyId, sessionId: input.sessionId });
  if (session.status !== 'scheduled') {
    throw apiError('CONFLICT', { reason: 'SESSION_NOT_SCHEDULED', status: session.status });
  }
  // Whatever the case's status: a session left over after the case moved on can always go.
  const result = await recordCaseChange(tx, {
    countyId: session.countyId,
    caseId: session.caseId,
    expectedVersion: input.expectedVersion,
    kind: 'session_cancelled',
    actorUserId: options.actorUserId,
    now: options.now,
    reason: input.reason,
    detail: { sessionId: session.id, startsAt: session.startsAt.toISOString() },
  });
  await tx
    .update(mediationSession)
    .set({ status: 'cancelled' })
    .where(
      and(eq(mediationSession.countyId, session.countyId), eq(mediationSession.id, session.id)),
    );
  return {
    sessionId: session.id,
    caseId: result.case.id,
    status: result.case.status,
    version: result.case.version,
  };
}
