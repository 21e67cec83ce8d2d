// The deadline a case works to now, the same in SQL (overdue filter, sort by due date) and in
// code (the due-soon / overdue flag of each case). Which stages run in which status is the
// domain's `runningStages`; this file says where each stage's due date is kept. Most are columns
// of the case, set by the use case that starts the stage. The confirmation application's is
// not: it runs from the agreement's effective date, known only once the agreement is recorded,
// so it is computed from `agreement.signed_on` with the same rule that refuses a late filing.
import type { Transaction } from '@concord/db/client';
import { agreement, mediationCase, type tenant } from '@concord/db/schema';
import type { CalendarDate } from '@concord/domain/calendar/calendar-date';
import { type CaseStatus, caseStatuses } from '@concord/domain/case/state-machine';
import {
  type RunningStageKind,
  runningDeadline,
  runningStages,
  type StageDueDate,
} from '@concord/domain/deadline/running-deadline';
import {
  computeDueDate,
  type DeadlineState,
  deadlineState,
} from '@concord/domain/deadline/stage-deadlines';
import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { loadWorkingDayCalendar } from '../calendar/load-working-day-calendar.ts';
import { stageDeadlinesFor } from '../settings/setting-schemas.ts';
import {
  type DeadlineRules,
  loadStageDeadlineSettings,
  type StageDeadlines,
} from './case-configuration.ts';

export interface CaseDates {
  id: string;
  status: string;
  acceptBy: string | null;
  firstSessionBy: string | null;
  concludeBy: string | null;
  followUpBy: string | null;
}

/** Due dates a case row does not hold, by case id: the confirmation application's. */
export type ConfirmationDueDates = ReadonlyMap<string, CalendarDate>;

export interface CurrentDeadline extends StageDueDate {
  state: DeadlineState;
}

/** The last day to apply for judicial confirmation of an agreement that took effect on `signedOn`. */
export function confirmationDueDate(signedOn: CalendarDate, rules: DeadlineRules): CalendarDate {
  return computeDueDate(
    signedOn,
    rules.deadlines.judicialConfirmationApplication.rule,
    rules.calendar,
  );
}

/** The running deadline of a case and its due date, or null when none runs. */
export function runningDueDate(
  row: CaseDates,
  confirmationDue: CalendarDate | null = null,
): StageDueDate | null {
  return runningDeadline(row.status as CaseStatus, {
    acceptance: row.acceptBy,
    firstSession: row.firstSessionBy,
    mediationConcluded: row.concludeBy,
    judicialConfirmationApplication: confirmationDue,
    followUp: row.followUpBy,
  });
}

export function currentDeadline(
  row: CaseDates,
  today: CalendarDate,
  deadlines: StageDeadlines,
  confirmationDue: CalendarDate | null = null,
): CurrentDeadline | null {
  const running = runningDueDate(row, confirmationDue);
  if (!running) return null;
  return {
    ...running,
    state: deadlineState(running.dueDate, today, deadlines[running.kind].warnDays),
  };
}

function stageDueDateSql(kind: RunningStageKind, confirmationDues: ConfirmationDueDates): SQL {
  switch (kind) {
    case 'acceptance':
      return sql`${mediationCase.acceptBy}`;
    case 'firstSession':
      return sql`${mediationCase.firstSessionBy}`;
    case 'mediationConcluded':
      return sql`${mediationCase.concludeBy}`;
    case 'judicialConfirmationApplication': {
      // One parameter however many cases: a JSON object of due dates keyed by case id.
      const byCase = JSON.stringify(Object.fromEntries(confirmationDues));
      return sql`(${byCase}::jsonb ->> ${mediationCase.id}::text)::date`;
    }
    case 'followUp':
      return sql`${mediationCase.followUpBy}`;
  }
}

/** The running due date as a SQL expression (null when none runs); `least` skips nulls. */
export function currentDueDateSql(confirmationDues: ConfirmationDueDates): SQL {
  const branches = caseStatuses.flatMap((status) => {
    const dueDates = (runningStages[status] ?? []).map((kind) =>
      stageDueDateSql(kind, confirmationDues),
    );
    if (dueDates.length === 0) return [];
    return sql`when ${mediationCase.status} = ${status} then least(${sql.join(dueDates, sql`, `)})`;
  });
  return sql`(case ${sql.join(branches, sql` `)} end)`;
}

/** Cases whose running deadline has passed by `today`. */
export function overdueSql(today: CalendarDate, confirmationDues: ConfirmationDueDates): SQL {
  return sql`${currentDueDateSql(confirmationDues)} < ${today}::date`;
}

/**
 * The confirmation-application due date of every case of `scope` awaiting that application
 * (a county: all its towns' cases; a town: its own), each under its tenant's rules.
 */
export async function loadConfirmationDueDates(
  tx: Transaction,
  scope: typeof tenant.$inferSelect,
): Promise<Map<string, CalendarDate>> {
  const awaiting = await tx
    .select({
      id: mediationCase.id,
      tenantId: mediationCase.tenantId,
      categoryId: mediationCase.categoryId,
      signedOn: agreement.signedOn,
    })
    .from(mediationCase)
    .innerJoin(
      agreement,
      and(
        eq(agreement.countyId, mediationCase.countyId),
        eq(agreement.caseId, mediationCase.id),
        isNull(agreement.supersededAt),
      ),
    )
    .where(
      and(
        eq(mediationCase.countyId, scope.countyId),
        scope.kind === 'town' ? eq(mediationCase.tenantId, scope.id) : undefined,
        eq(mediationCase.status, 'agreement_reached'),
      ),
    );
  if (awaiting.length === 0) return new Map();
  const settings = await loadStageDeadlineSettings(
    tx,
    awaiting.map((row) => row.tenantId),
  );
  const calendar = await loadWorkingDayCalendar(tx, scope.countyId);
  const dues = new Map<string, CalendarDate>();
  for (const row of awaiting) {
    const setting = settings.get(row.tenantId);
    if (!setting) continue;
    const deadlines = stageDeadlinesFor(setting, row.categoryId);
    dues.set(row.id, confirmationDueDate(row.signedOn, { deadlines, calendar }));
  }
  return dues;
}
