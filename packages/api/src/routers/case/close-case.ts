// Closure (办结): records the result; the case becomes eligible for a subsidy claim and its
// follow-up visit falls due (at the agreement's performance deadline, else from today).
import type { Transaction } from '@concord/db/client';
import { fromEpochDay, toChinaDate, toEpochDay } from '@concord/domain/calendar/calendar-date';
import { computeDueDate } from '@concord/domain/deadline/stage-deadlines';
import { z } from 'zod';
import { findCurrentAgreement } from '../agreement/find-current-agreement.ts';
import { loadCaseDeadlineRules } from './case-configuration.ts';
import { caseResults, resultsFor } from './case-result.ts';
import { type FieldProblem, refuseProblems, ZCaseVersionInput } from './field-problems.ts';
import { loadCase } from './load-case.ts';
import { transitionCase } from './transition-case.ts';

export const ZCloseCaseInput = ZCaseVersionInput.extend({
  /** Default: the usual result for the status the case closes from. */
  result: z.enum(caseResults).optional(),
  note: z.string().trim().max(2000).optional(),
});
export type CloseCaseInput = z.infer<typeof ZCloseCaseInput>;

export async function closeCase(
  tx: Transaction,
  options: { countyId: string; input: CloseCaseInput; actorUserId: string; now: Date },
) {
  const { input, now } = options;
  const current = await loadCase(tx, { countyId: options.countyId, caseId: input.caseId });
  const currentAgreement = await findCurrentAgreement(tx, {
    countyId: current.countyId,
    caseId: current.id,
  });
  const problems: FieldProblem[] = [];
  const allowed = resultsFor(current.status);
  const result = input.result ?? allowed[0];
  if (allowed.length > 0 && (!result || !allowed.includes(result))) {
    problems.push({ path: 'result', reason: 'not_for_status' });
  }
  if (current.status === 'agreement_reached' && !currentAgreement) {
    problems.push({ path: 'caseId', reason: 'agreement_missing' });
  }
  refuseProblems(problems);
  const today = toChinaDate(now);
  const { deadlines, calendar } = await loadCaseDeadlineRules(tx, current);
  // The visit is due at the performance deadline, or counted from today when that has passed.
  const visitFrom = fromEpochDay(
    Math.max(toEpochDay(currentAgreement?.performanceDeadline ?? today), toEpochDay(today)),
  );
  return transitionCase(tx, {
    countyId: current.countyId,
    caseId: current.id,
    expectedVersion: input.expectedVersion,
    action: 'close',
    actorUserId: options.actorUserId,
    now,
    loaded: current,
    detail: input.note ? { note: input.note } : {},
    patch: {
      result: result ?? null,
      closedAt: now,
      followUpBy: computeDueDate(visitFrom, deadlines.followUp.rule, calendar),
    },
  });
}
