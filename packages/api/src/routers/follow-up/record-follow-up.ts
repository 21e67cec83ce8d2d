// The follow-up visit (回访): did the parties perform the agreement, are they satisfied. The
// first visit carried out after closure completes the closed loop; a red-risk case may get further
// visits. A visit that could not be carried out (party unreachable, refused, moved away) is
// recorded with its reason and goes on the timeline, but moves nothing: the loop stays open.
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { followUp, followUpNotCarriedOutReasons } from '@concord/db/schema';
import { type CalendarDate, toChinaDate } from '@concord/domain/calendar/calendar-date';
import { z } from 'zod';
import { findCurrentAgreement } from '../agreement/find-current-agreement.ts';
import {
  type FieldProblem,
  refuseProblems,
  ZCalendarDate,
  ZCaseVersionInput,
} from '../case/field-problems.ts';
import { type CaseRow, loadCase } from '../case/load-case.ts';
import { recordCaseChange } from '../case/record-case-change.ts';
import { transitionCase } from '../case/transition-case.ts';

export const ZRecordFollowUpInput = ZCaseVersionInput.extend({
  visitedOn: ZCalendarDate,
  /** False for an attempt that failed; `notCarriedOutReason` then says why. */
  carriedOut: z.boolean().default(true),
  notCarriedOutReason: z.enum(followUpNotCarriedOutReasons).optional(),
  /** Whether the agreement was performed: asked only when the case has one. */
  performed: z.enum(['yes', 'partly', 'no']).optional(),
  satisfaction: z.enum(['satisfied', 'basically_satisfied', 'dissatisfied']).optional(),
  notes: z.string().trim().max(4000).optional(),
});
export type RecordFollowUpInput = z.infer<typeof ZRecordFollowUpInput>;

const problem = (path: string, reason: string): FieldProblem[] => [{ path, reason }];

function carriedOutProblems(input: RecordFollowUpInput, hasAgreement: boolean): FieldProblem[] {
  return [
    ...(input.notCarriedOutReason ? problem('notCarriedOutReason', 'not_allowed') : []),
    ...(input.satisfaction ? [] : problem('satisfaction', 'required')),
    // A case closed after failed or withdrawn mediation has no agreement to perform.
    ...(hasAgreement && !input.performed ? problem('performed', 'required') : []),
    ...(!hasAgreement && input.performed ? problem('performed', 'no_agreement') : []),
  ];
}

function notCarriedOutProblems(input: RecordFollowUpInput): FieldProblem[] {
  return [
    ...(input.notCarriedOutReason ? [] : problem('notCarriedOutReason', 'required')),
    // "Other" says nothing by itself: the notes must.
    ...(input.notCarriedOutReason === 'other' && !input.notes ? problem('notes', 'required') : []),
    // No one was asked, so there is no answer to record.
    ...(input.performed ? problem('performed', 'not_allowed') : []),
    ...(input.satisfaction ? problem('satisfaction', 'not_allowed') : []),
  ];
}

function visitedOnProblems(visitedOn: CalendarDate, today: CalendarDate, current: CaseRow) {
  const closedOn = current.closedAt ? toChinaDate(current.closedAt) : null;
  return [
    ...(visitedOn > today ? problem('visitedOn', 'in_future') : []),
    ...(closedOn && visitedOn < closedOn ? problem('visitedOn', 'before_closure') : []),
  ];
}

async function hasCurrentAgreement(tx: Transaction, current: CaseRow): Promise<boolean> {
  return (
    (await findCurrentAgreement(tx, { countyId: current.countyId, caseId: current.id })) !==
    undefined
  );
}

export async function recordFollowUp(
  tx: Transaction,
  options: { countyId: string; input: RecordFollowUpInput; actorUserId: string; now: Date },
) {
  const { input, now } = options;
  const current = await loadCase(tx, { countyId: options.countyId, caseId: input.caseId });
  refuseProblems([
    ...visitedOnProblems(input.visitedOn, toChinaDate(now), current),
    ...(input.carriedOut
      ? carriedOutProblems(input, await hasCurrentAgreement(tx, current))
      : notCarriedOutProblems(input)),
  ]);
  const followUpId = newId(now.getTime());
  const change = {
    countyId: current.countyId,
    caseId: current.id,
    expectedVersion: input.expectedVersion,
    actorUserId: options.actorUserId,
    now,
    loaded: current,
  };
  const result = input.carriedOut
    ? await transitionCase(tx, {
        ...change,
        action: 'recordFollowUp',
        detail: {
          followUpId,
          visitedOn: input.visitedOn,
          ...(input.performed ? { performed: input.performed } : {}),
          satisfaction: input.satisfaction,
        },
      })
    : await recordCaseChange(tx, {
        ...change,
        kind: 'follow_up_not_carried_out',
        reason: input.notes,
        detail: {
          followUpId,
          visitedOn: input.visitedOn,
          notCarriedOutReason: input.notCarriedOutReason,
        },
      });
  await tx.insert(followUp).values({
    countyId: current.countyId,
    tenantId: current.tenantId,
    id: followUpId,
    caseId: current.id,
    visitedOn: input.visitedOn,
    carriedOut: input.carriedOut,
    notCarriedOutReason: input.notCarriedOutReason ?? null,
    performed: input.performed ?? null,
    satisfaction: input.satisfaction ?? null,
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
