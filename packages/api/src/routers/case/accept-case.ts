// Acceptance (签收): the unit the case was routed or escalated to takes it on at its tier.
import type { Transaction } from '@concord/db/client';
import { ZCaseVersionInput } from './field-problems.ts';
import { transitionCase } from './transition-case.ts';

export const ZAcceptCaseInput = ZCaseVersionInput;

export function acceptCase(
  tx: Transaction,
  options: {
    countyId: string;
    input: { caseId: string; expectedVersion: number };
    actorUserId: string;
    now: Date;
  },
) {
  return transitionCase(tx, {
    countyId: options.countyId,
    caseId: options.input.caseId,
    expectedVersion: options.input.expectedVersion,
    action: 'accept',
    actorUserId: options.actorUserId,
    now: options.now,
  });
}
