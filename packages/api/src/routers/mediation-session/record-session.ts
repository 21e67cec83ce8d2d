// Records a held session: who of the parties attended, the minutes (笔录) and the outcome, which
// moves the case through the state machine — agreement reached, mediation failed (with the
// reason, Art. 26), withdrawn by a party (Art. 17), or partial / no outcome yet (mediation goes on).
import type { Transaction } from '@concord/db/client';
import { caseParty, mediationSession, sessionOutcomes } from '@concord/db/schema';
import type { CaseAction } from '@concord/domain/case/state-machine';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { apiError } from '../../errors.ts';
import { refuseProblems } from '../case/field-problems.ts';
import { transitionCase } from '../case/transition-case.ts';
import { loadSession } from './load-session.ts';

export const ZRecordSessionInput = z.object({
  sessionId: z.guid(),
  /** The case's version, as every change of a case names it. */
  expectedVersion: z.number().int().min(1),
  /** Parties present. */
  attendance: z.array(z.guid()).max(20).default([]),
  notes: z.string().trim().max(20_000).optional(),
  /** No outcome: the session was held and mediation continues. */
  outcome: z.enum(sessionOutcomes).optional(),
  /** Required when mediation failed. */
  reason: z.string().trim().max(1000).optional(),
});
export type RecordSessionInput = z.infer<typeof ZRecordSessionInput>;

const actionByOutcome: Record<(typeof sessionOutcomes)[number] | 'none', CaseAction> = {
  agreement: 'reachAgreement',
  partial: 'recordSession',
  none: 'recordSession',
  failed: 'fail',
  withdrawn: 'withdraw',
};

export async function recordSession(
  tx: Transaction,
  options: { countyId: string; input: RecordSessionInput; actorUserId: string; now: Date },
) {
  const { input, now } = options;
  const session = await loadSession(tx, { countyId: options.countyId, sessionId: input.sessionId });
  if (session.status !== 'scheduled') {
    throw apiError('CONFLICT', { reason: 'SESSION_NOT_SCHEDULED', status: session.status });
  }
  const attendance = [...new Set(input.attendance)];
  if (attendance.length > 0) {
    const present = await tx
      .select({ id: caseParty.id })
      .from(caseParty)
      .where(
        and(
          eq(caseParty.countyId, session.countyId),
          eq(caseParty.caseId, session.caseId),
          inArray(caseParty.id, attendance),
        ),
      );
    const known = new Set(present.map((party) => party.id));
    refuseProblems(
      input.attendance.flatMap((partyId, index) =>
        known.has(partyId) ? [] : [{ path: `attendance.${index}`, reason: 'not_found' }],
      ),
    );
  }
  const result = await transitionCase(tx, {
    countyId: session.countyId,
    caseId: session.caseId,
    expectedVersion: input.expectedVersion,
    action: actionByOutcome[input.outcome ?? 'none'],
    reason: input.reason,
    actorUserId: options.actorUserId,
    now,
    detail: {
      sessionId: session.id,
      outcome: input.outcome ?? null,
      attendance,
    },
  });
  await tx
    .update(mediationSession)
    .set({
      status: 'held',
      attendance,
      notes: input.notes ?? null,
      outcome: input.outcome ?? null,
    })
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
