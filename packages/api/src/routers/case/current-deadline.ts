// Which deadline runs in which status, in one table used both in SQL (overdue filter, sort by
// due date) and in code (the due-soon / overdue flag of each listed case). Statuses not listed
// have no running deadline: triage and acceptance, then mediation, then the follow-up visit.
import { mediationCase } from '@concord/db/schema';
import type { CalendarDate } from '@concord/domain/calendar/calendar-date';
import type { CaseStatus } from '@concord/domain/case/state-machine';
import {
  type DeadlineState,
  deadlineState,
  type StageDeadlineKind,
} from '@concord/domain/deadline/stage-deadlines';
import { and, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { StageDeadlines } from './case-configuration.ts';

const runningDeadlines = [
  { kind: 'acceptance', column: 'acceptBy', statuses: ['registered', 'routed'] },
  {
    kind: 'mediationConcluded',
    column: 'concludeBy',
    statuses: ['accepted', 'assigned', 'in_mediation'],
  },
  { kind: 'followUp', column: 'followUpBy', statuses: ['closed'] },
] as const satisfies readonly {
  kind: StageDeadlineKind;
  column: 'acceptBy' | 'concludeBy' | 'followUpBy';
  statuses: readonly CaseStatus[];
}[];

export interface CaseDates {
  status: string;
  acceptBy: string | null;
  concludeBy: string | null;
  followUpBy: string | null;
}

export interface CurrentDeadline {
  kind: StageDeadlineKind;
  dueDate: CalendarDate;
  state: DeadlineState;
}

/** The deadline running in the case's status and its due date, or null when none runs. */
export function runningDueDate(
  row: CaseDates,
): { kind: StageDeadlineKind; dueDate: CalendarDate } | null {
  const running = runningDeadlines.find((entry) =>
    (entry.statuses as readonly string[]).includes(row.status),
  );
  const dueDate = running ? row[running.column] : null;
  return running && dueDate ? { kind: running.kind, dueDate } : null;
}

export function currentDeadline(
  row: CaseDates,
  today: CalendarDate,
  deadlines: StageDeadlines,
): CurrentDeadline | null {
  const running = runningDueDate(row);
  if (!running) return null;
  return {
    ...running,
    state: deadlineState(running.dueDate, today, deadlines[running.kind].warnDays),
  };
}

/** The running due date as a SQL expression (null when none runs). */
export function currentDueDateSql(): SQL {
  const branches = runningDeadlines.map(
    (entry) =>
      sql`when ${inArray(mediationCase.status, [...entry.statuses])} then ${mediationCase[entry.column]}`,
  );
  return sql`(case ${sql.join(branches, sql` `)} end)`;
}

/** Cases whose running deadline has passed by `today`. */
export function overdueSql(today: CalendarDate): SQL {
  return or(
    ...runningDeadlines.map(
      (entry) =>
        and(
          inArray(mediationCase.status, [...entry.statuses]),
          lt(mediationCase[entry.column], today),
        ) as SQL,
    ),
  ) as SQL;
}
