// The court's decision on a confirmation application: confirmed (with the ruling's number, the
// agreement becomes enforceable) or rejected (with the court's reason; the parties may mediate
// again or sue, 民事诉讼法 Art. 206).
import type { Transaction } from '@concord/db/client';
import { judicialConfirmation } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { apiError } from '../../errors.ts';
import { refuseProblems, ZCalendarDate } from '../case/field-problems.ts';
import { transitionCase } from '../case/transition-case.ts';

export const ZRecordConfirmationOutcomeInput = z.object({
  confirmationId: z.guid(),
  /** The case's version. */
  expectedVersion: z.number().int().min(1),
  outcome: z.enum(['confirmed', 'rejected']),
  decidedOn: ZCalendarDate,
  rulingNumber: z.string().trim().max(60).optional(),
  rejectionReason: z.string().trim().max(1000).optional(),
});
export type RecordConfirmationOutcomeInput = z.infer<typeof ZRecordConfirmationOutcomeInput>;

export async function recordConfirmationOutcome(
  tx: Transaction,
  options: {
    countyId: string;
    input: RecordConfirmationOutcomeInput;
    actorUserId: string;
    now: Date;
  },
) {
  const { input } = options;
  const [filed] = await tx
    .select()
    .from(judicialConfirmation)
    .where(
      and(
        eq(judicialConfirmation.countyId, options.countyId),
        eq(judicialConfirmation.id, input.confirmationId),
      ),
    );
  if (!filed) throw apiError('NOT_FOUND');
  if (filed.outcome !== 'pending') {
    throw apiError('CONFLICT', { reason: 'CONFIRMATION_DECIDED', outcome: filed.outcome });
  }
  refuseProblems([
    ...(input.outcome === 'confirmed' && !input.rulingNumber
      ? [{ path: 'rulingNumber', reason: 'required' }]
      : []),
    ...(input.outcome === 'rejected' && !input.rejectionReason
      ? [{ path: 'rejectionReason', reason: 'required' }]
      : []),
    ...(input.decidedOn < filed.filedOn ? [{ path: 'decidedOn', reason: 'before_filing' }] : []),
  ]);
  const result = await transitionCase(tx, {
    countyId: filed.countyId,
    caseId: filed.caseId,
    expectedVersion: input.expectedVersion,
    action: input.outcome === 'confirmed' ? 'recordConfirmation' : 'recordConfirmationRejection',
    reason: input.outcome === 'rejected' ? input.rejectionReason : null,
    actorUserId: options.actorUserId,
    now: options.now,
    detail: {
      confirmationId: filed.id,
      decidedOn: input.decidedOn,
      rulingNumber: input.rulingNumber ?? null,
    },
  });
  await tx
    .update(judicialConfirmation)
    .set({
      outcome: input.outcome,
      decidedOn: input.decidedOn,
      rulingNumber: input.outcome === 'confirmed' ? (input.rulingNumber ?? null) : null,
      rejectionReason: input.outcome === 'rejected' ? (input.rejectionReason ?? null) : null,
    })
    .where(
      and(eq(judicialConfirmation.countyId, filed.countyId), eq(judicialConfirmation.id, filed.id)),
    );
  return {
    confirmationId: filed.id,
    caseId: result.case.id,
    status: result.case.status,
    version: result.case.version,
  };
}
