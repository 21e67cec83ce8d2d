// Diversion (转警/转诉): the matter belongs to the police or the court, not to mediation. It ends
// the case here (terminal) and always carries the reason.
import type { Transaction } from '@concord/db/client';
import { z } from 'zod';
import { ZCaseVersionInput } from './field-problems.ts';
import { transitionCase } from './transition-case.ts';

export const divertTargets = ['police', 'court'] as const;

export const ZDivertCaseInput = ZCaseVersionInput.extend({
  divertedTo: z.enum(divertTargets),
  reason: z.string().trim().min(1).max(1000),
});
export type DivertCaseInput = z.infer<typeof ZDivertCaseInput>;

export function divertCase(
  tx: Transaction,
  options: { countyId: string; input: DivertCaseInput; actorUserId: string; now: Date },
) {
  const { input } = options;
  return transitionCase(tx, {
    countyId: options.countyId,
    caseId: input.caseId,
    expectedVersion: input.expectedVersion,
    action: 'divert',
    reason: input.reason,
    actorUserId: options.actorUserId,
    now: options.now,
    patch: { divertedTo: input.divertedTo },
  });
}
