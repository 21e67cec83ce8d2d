// Supervision (督办): a leader presses an overdue or sensitive case. The status does not move, but
// the note goes on the timeline and the case shows as supervised.
import type { Transaction } from '@concord/db/client';
import { z } from 'zod';
import { ZCaseVersionInput } from './field-problems.ts';
import { transitionCase } from './transition-case.ts';

export const ZSuperviseCaseInput = ZCaseVersionInput.extend({
  note: z.string().trim().min(1).max(2000),
});
export type SuperviseCaseInput = z.infer<typeof ZSuperviseCaseInput>;

export function superviseCase(
  tx: Transaction,
  options: { countyId: string; input: SuperviseCaseInput; actorUserId: string; now: Date },
) {
  const { input, now } = options;
  return transitionCase(tx, {
    countyId: options.countyId,
    caseId: input.caseId,
    expectedVersion: input.expectedVersion,
    action: 'supervise',
    actorUserId: options.actorUserId,
    now,
    detail: { note: input.note },
    patch: { supervisedAt: now },
  });
}
