// Acceptance (签收): the unit the case was routed or escalated to takes it on at its tier. Its
// time runs from that day: the first session and the conclusion are both counted from acceptance.
import type { Transaction } from '@concord/db/client';
import { toChinaDate } from '@concord/domain/calendar/calendar-date';
import { computeDueDate } from '@concord/domain/deadline/stage-deadlines';
import { loadCaseDeadlineRules } from './case-configuration.ts';
import { ZCaseVersionInput } from './field-problems.ts';
import { loadCase } from './load-case.ts';
import { transitionCase } from './transition-case.ts';

export const ZAcceptCaseInput = ZCaseVersionInput;

export async function acceptCase(
  tx: Transaction,
  options: {
    countyId: string;
    input: { caseId: string; expectedVersion: number };
    actorUserId: string;
    now: Date;
  },
) {
  const current = await loadCase(tx, { countyId: options.countyId, caseId: options.input.caseId });
  const { deadlines, calendar } = await loadCaseDeadlineRules(tx, current);
  const acceptedOn = toChinaDate(options.now);
  return transitionCase(tx, {
    countyId: current.countyId,
    caseId: current.id,
    expectedVersion: options.input.expectedVersion,
    action: 'accept',
    actorUserId: options.actorUserId,
    now: options.now,
    loaded: current,
    patch: {
      firstSessionBy: computeDueDate(acceptedOn, deadlines.firstSession.rule, calendar),
      concludeBy: computeDueDate(acceptedOn, deadlines.mediationConcluded.rule, calendar),
    },
  });
}
