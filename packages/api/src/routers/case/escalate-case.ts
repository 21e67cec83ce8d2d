// Escalation (分级调处/上交): a unit that cannot resolve a case sends it up a tier (village →
// town → county) or to an industry committee. It counts against the resolved-at-level figure,
// so it needs a reason, and it must really go up.
import type { Transaction } from '@concord/db/client';
import { toChinaDate } from '@concord/domain/calendar/calendar-date';
import { computeDueDate } from '@concord/domain/deadline/stage-deadlines';
import { z } from 'zod';
import { loadCaseDeadlineRules } from './case-configuration.ts';
import { type FieldProblem, refuseProblems, ZCaseVersionInput } from './field-problems.ts';
import { loadCase } from './load-case.ts';
import { checkCommittee, ZTierLevel } from './route-case.ts';
import { transitionCase } from './transition-case.ts';

export const ZEscalateCaseInput = ZCaseVersionInput.extend({
  tierLevel: ZTierLevel,
  committeeId: z.guid().nullable().optional(),
  reason: z.string().trim().min(1).max(1000),
});
export type EscalateCaseInput = z.infer<typeof ZEscalateCaseInput>;

export async function escalateCase(
  tx: Transaction,
  options: { countyId: string; input: EscalateCaseInput; actorUserId: string; now: Date },
) {
  const { input, now } = options;
  const current = await loadCase(tx, { countyId: options.countyId, caseId: input.caseId });
  const committeeId = input.committeeId ?? null;
  const problems: FieldProblem[] = await checkCommittee(tx, {
    countyId: current.countyId,
    committeeId,
  });
  // Tier 1 is the county: going up means a smaller number, or over to a committee.
  const goesUp = input.tierLevel < current.tierLevel || committeeId !== null;
  if (!goesUp) problems.push({ path: 'tierLevel', reason: 'not_higher' });
  refuseProblems(problems);
  const { deadlines, calendar } = await loadCaseDeadlineRules(tx, current);
  return transitionCase(tx, {
    countyId: current.countyId,
    caseId: current.id,
    expectedVersion: input.expectedVersion,
    action: 'escalate',
    reason: input.reason,
    actorUserId: options.actorUserId,
    now,
    loaded: current,
    detail: { fromTierLevel: current.tierLevel },
    patch: {
      tierLevel: input.tierLevel,
      committeeId,
      acceptBy: computeDueDate(toChinaDate(now), deadlines.acceptance.rule, calendar),
      // The lower tier's conclusion date goes with it; the receiving tier's acceptance sets anew.
      concludeBy: null,
    },
  });
}
