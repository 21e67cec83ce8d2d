// "Four fixes, three guarantees" (四定三包): fixes the lead official, the responsible department,
// the responsible person and the deadline. Changing them later is a reassignment, which needs a
// reason; the timeline entry keeps what was there before, so the history is never lost.
import type { Transaction } from '@concord/db/client';
import { toChinaDate } from '@concord/domain/calendar/calendar-date';
import { z } from 'zod';
import {
  type FieldProblem,
  refuseProblems,
  ZCalendarDate,
  ZCaseVersionInput,
} from './field-problems.ts';
import { findCaseHandlers } from './find-case-handlers.ts';
import { loadCase } from './load-case.ts';
import { transitionCase } from './transition-case.ts';

export const ZAssignCaseInput = ZCaseVersionInput.extend({
  leadOfficial: z.string().trim().min(1).max(60),
  responsibleDepartment: z.string().trim().min(1).max(60),
  responsibleUserId: z.guid(),
  /** 办结时限; default: the case's current conclusion date. */
  concludeBy: ZCalendarDate.optional(),
  /** Required when the case was already assigned (a reassignment). */
  reason: z.string().trim().max(1000).optional(),
});
export type AssignCaseInput = z.infer<typeof ZAssignCaseInput>;

export async function assignCase(
  tx: Transaction,
  options: { countyId: string; input: AssignCaseInput; actorUserId: string; now: Date },
) {
  const { input, now } = options;
  const current = await loadCase(tx, { countyId: options.countyId, caseId: input.caseId });
  const problems: FieldProblem[] = [];
  const handlers = await findCaseHandlers(tx, {
    countyId: current.countyId,
    tenantId: current.tenantId,
    userIds: [input.responsibleUserId],
  });
  if (!handlers.has(input.responsibleUserId)) {
    problems.push({ path: 'responsibleUserId', reason: 'not_a_handler' });
  }
  const concludeBy = input.concludeBy ?? current.concludeBy;
  if (concludeBy && input.concludeBy && concludeBy < toChinaDate(now)) {
    problems.push({ path: 'concludeBy', reason: 'in_past' });
  }
  refuseProblems(problems);
  return transitionCase(tx, {
    countyId: current.countyId,
    caseId: current.id,
    expectedVersion: input.expectedVersion,
    // The first assignment after acceptance; any later change of the four fixes is a reassignment.
    action: current.status === 'accepted' ? 'assign' : 'reassign',
    reason: input.reason,
    actorUserId: options.actorUserId,
    now,
    loaded: current,
    patch: {
      leadOfficial: input.leadOfficial,
      responsibleDepartment: input.responsibleDepartment,
      responsibleUserId: input.responsibleUserId,
      concludeBy,
    },
  });
}
