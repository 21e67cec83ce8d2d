import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { CaseAction, CaseStatus } from '../case/state-machine.ts';
import type { StageDeadlineKind } from './stage-deadlines.ts';

/**
 * The stages whose deadline the centre works to. The enforcement application is not one: it
 * reminds the parties of their own two-year limit and never makes a case overdue.
 */
export type RunningStageKind = Exclude<StageDeadlineKind, 'enforcementApplication'>;

const mediationStages = ['firstSession', 'mediationConcluded'] as const;

/**
 * Which stage deadlines run in which status (DOMAIN.md §4, §10): acceptance until the receiving
 * unit accepts; from acceptance the first session (until one is held) and the conclusion; after
 * an agreement, the application for judicial confirmation until it is filed; after closure, the
 * follow-up visit. Other statuses wait on someone else (the court) or on nothing.
 */
export const runningStages: Readonly<Partial<Record<CaseStatus, readonly RunningStageKind[]>>> = {
  registered: ['acceptance'],
  routed: ['acceptance'],
  accepted: mediationStages,
  assigned: mediationStages,
  in_mediation: mediationStages,
  agreement_reached: ['judicialConfirmationApplication'],
  closed: ['followUp'],
};

/**
 * Actions after which no first session is awaited any more: one was held (its record moves the
 * case), or the mediation stage ended. A case reopened is mediated again against its new
 * conclusion date; one escalated gets a new first-session date when the next tier accepts it.
 */
export const firstSessionEndingActions = [
  'recordSession',
  'reachAgreement',
  'fail',
  'withdraw',
  'divert',
  'escalate',
  'reopen',
] as const satisfies readonly CaseAction[];

export function endsFirstSessionWait(action: CaseAction): boolean {
  return (firstSessionEndingActions as readonly CaseAction[]).includes(action);
}

export interface StageDueDate {
  kind: RunningStageKind;
  dueDate: CalendarDate;
}

/**
 * The deadline a case in `status` works to: the earliest due date among the stages running in
 * it, the first listed on a tie. A stage without a due date is not running (no first session is
 * awaited once one was held; no agreement recorded yet).
 */
export function runningDeadline(
  status: CaseStatus,
  dueDates: Readonly<Partial<Record<RunningStageKind, CalendarDate | null>>>,
): StageDueDate | null {
  let earliest: StageDueDate | null = null;
  for (const kind of runningStages[status] ?? []) {
    const dueDate = dueDates[kind];
    if (dueDate && (!earliest || dueDate < earliest.dueDate)) earliest = { kind, dueDate };
  }
  return earliest;
}

export interface AgreedPerformance {
  signedOn: CalendarDate;
  performanceDeadline: CalendarDate | null;
  terms: readonly { dueDate?: CalendarDate | undefined }[];
}

/**
 * The last day an obligation of the agreement falls due, from which the parties' period to apply
 * for enforcement runs; an agreement naming no date is performed when it takes effect.
 */
export function lastPerformanceDate(agreement: AgreedPerformance): CalendarDate {
  const named = [agreement.performanceDeadline, ...agreement.terms.map((term) => term.dueDate)]
    .filter((date): date is CalendarDate => Boolean(date))
    .sort();
  return named.at(-1) ?? agreement.signedOn;
}
