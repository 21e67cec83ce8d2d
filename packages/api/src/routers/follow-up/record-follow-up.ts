// The follow-up visit (回访): did the parties perform the agreement, are they satisfied. The
// first visit after closure completes the closed loop; a red-risk case may get further visits.
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { followUp } from '@concord/db/schema';
import { toChinaDate } from '@concord/domain/calendar/calendar-date';
import { z } from 'zod';
import { refuseProblems, ZCalendarDate, ZCaseVersionInput } from '../case/field-problems.ts';
import { loadCase } from '../case/load-case.ts';
import { transitionCase } from '../case/transition-case.ts';

export const ZRecordFollowUpInput = ZCaseVersionInput.extend({
  visitedOn: ZCalendarDate,
  performed: z.enum(['yes', 'partly', 'no']),
  satisfaction: z.enum(['satisfied', 'basically_satisfied', 'dissatisfied']),
  notes: z.string().trim().max(4000).optional(),
});
export type RecordFollowUpInput = z.infer<typeof ZRecordFollowUpInput>;

export async function recordFollowUp(
  tx: Transaction,
  options: { countyId: string; input: RecordFollowUpInput; actorUserId: string; now: Date },
) {
  const { input, now } = options;
  const current = await loadCase(tx, { countyId: options.countyId, caseId: input.caseId });
  const closedOn = current.closedAt ? toChinaDate(current.closedAt) : null;
  refuseProblems([
    ...(input.visitedOn > toChinaDate(now) ? [{ path: 'visitedOn', reason: 'in_future' }] : []),
    ...(closedOn && input.visitedOn < closedOn
      ? [{ path: 'visitedOn', reason: 'before_closure' }]
      : []),
  ]);
  const followUpId = newId(now.getTime());
  const result = await transitionCase(tx, {
    countyId: current.countyId,
    caseId: current.id,
    expectedVersion: input.expectedVersion,
    action: 'recordFollowUp',
    actorUserId: options.actorUserId,
    now,
    loaded: current,
    detail: {
      followUpId,
      visitedOn: input.visitedOn,
      performed: input.performed,
      satisfaction: input.satisfaction,
    },
  });
  await tx.insert(followUp).values({
    countyId: current.countyId,
    tenantId: current.tenantId,
    id: followUpId,
    caseId: current.id,
    visitedOn: input.visitedOn,
    performed: input.performed,
    satisfaction: input.satisfaction,
    notes: input.notes ?? null,
    visitorUserId: options.actorUserId,
    createdAt: now,
  });
  return {
    followUpId,
    caseId: current.id,
    status: result.case.status,
    version: result.case.version,
  };
}
