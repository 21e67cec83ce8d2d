// When each step of a demo case happens, decided before the case is carried out: the steps to
// its target in order, each a plan-specific delay after the last, on working days within office
// hours, and none after the seeding moment. A matter the history shows is registered on its
// planned day (earlier if its steps would not all be over by now); one left where a deadline of
// the centre's runs is registered so that on the seeding day that deadline is on track, due soon
// or overdue, as its plan says, on the same rules as the case list's flags (with the default
// stage deadlines the demo county is configured with, and the county's working-day calendar).
import {
  addCalendarDays,
  type CalendarDate,
  toChinaDate,
} from '@concord/domain/calendar/calendar-date';
import type { WorkingDayCalendar } from '@concord/domain/calendar/working-days';
import type { CaseStatus } from '@concord/domain/case/state-machine';
import { type RunningStageKind, runningDeadline } from '@concord/domain/deadline/running-deadline';
import {
  computeDueDate,
  type DeadlineState,
  deadlineState,
  defaultStageDeadlines,
  type StageDeadlineKind,
} from '@concord/domain/deadline/stage-deadlines';
import type { CasePlan } from './plan-demo-cases.ts';

export type SessionOutcome = 'agreement' | 'partial' | 'failed' | 'withdrawn';

type PlainStepKind =
  | 'register'
  | 'divert'
  | 'route'
  | 'accept'
  | 'assign'
  | 'escalate'
  | 'file'
  | 'decide'
  | 'close'
  | 'missedVisit'
  | 'visit';

/** One use case to call, at `at`; `register` always comes first. */
export type DemoStep =
  | { kind: PlainStepKind; at: Date }
  | { kind: 'schedule'; at: Date; startsAt: Date }
  | { kind: 'record'; at: Date; outcome: SessionOutcome }
  | { kind: 'agree'; at: Date; signedOn: CalendarDate; performanceDeadline: CalendarDate };

/** A step on a clock counted in minutes from midnight (China time) of the registration day. */
type RelativeStep =
  | { kind: PlainStepKind; minute: number }
  | { kind: 'schedule'; minute: number; startsAtMinute: number }
  | { kind: 'record'; minute: number; outcome: SessionOutcome }
  | { kind: 'agree'; minute: number; signedDay: number; performanceDay: number };

export interface DemoDeadline {
  kind: RunningStageKind;
  dueDate: CalendarDate;
  state: DeadlineState;
}

export interface DemoTimeline {
  steps: DemoStep[];
  /** The deadline the case runs on the seeding day (null when none runs), as the list flags it. */
  deadline: DemoDeadline | null;
}

const DAY = 24 * 60;
/** Office hours, minutes after midnight China time: steps fall between them. */
const OPENS = 8 * 60 + 30;
const CLOSES = 17 * 60 + 30;
/** How far back a case may be registered to find the state its plan asks for, or to be over. */
const SEARCH_DAYS = 400;
/** An overdue case is overdue by a few days up to about two weeks, not for months. */
const OVERDUE_CHOICES = 12;

/** Where each running stage starts, in days after the registration day. */
interface StageStarts {
  acceptance: number;
  accepted: number | null;
  sessionHeld: boolean;
  signed: number | null;
  followUpFrom: number | null;
}

const dayOf = (minute: number) => Math.floor(minute / DAY);

/** Whether the day so many days after the registration day is a working day. */
type WorkingDay = (day: number) => boolean;

/** The first working day from `day` on (a year has no run of days off this long). */
function workingDayFrom(day: number, isWorkingDay: WorkingDay): number {
  let found = day;
  while (!isWorkingDay(found) && found < day + 30) found += 1;
  return found;
}

/** The same moment, or the next opening time (a little after it) outside office hours. */
function inOfficeHours(minute: number, variety: number, isWorkingDay: WorkingDay): number {
  const day = dayOf(minute);
  const time = minute - day * DAY;
  const opening = (next: number) =>
    workingDayFrom(next, isWorkingDay) * DAY + OPENS + (variety % 90);
  if (!isWorkingDay(day) || time > CLOSES) return opening(time > CLOSES ? day + 1 : day);
  return time < OPENS ? opening(day) : minute;
}

/**
 * The steps to the plan's target on a clock counted from the registration day, and when its
 * running stages start. `villageFirst`: the village committee tries first and fails, then the
 * case is escalated to the town (the plan says so and the category is not handled at the county).
 */
function relativeSteps(
  plan: CasePlan,
  villageFirst: boolean,
  isWorkingDay: WorkingDay,
): { steps: RelativeStep[]; starts: StageStarts } {
  const steps: RelativeStep[] = [];
  const starts: StageStarts = {
    acceptance: 0,
    accepted: null,
    sessionHeld: false,
    signed: null,
    followUpFrom: null,
  };
  let minute = plan.minuteOfDay;
  let draw = 0;
  const pace = (index: number) => plan.pace[index % plan.pace.length] ?? 0.5;
  /** Moves the clock on by a plan-specific delay, into office hours. */
  const later = (minHours: number, maxHours: number) => {
    const delay = Math.round((minHours + pace(draw++) * (maxHours - minHours)) * 60);
    minute = inOfficeHours(minute + delay, delay, isWorkingDay);
  };
  const take = (kind: PlainStepKind) => {
    steps.push({ kind, minute });
  };
  const target = plan.target;

  take('register');
  if (target === 'registered') return { steps, starts };
  if (target === 'diverted') {
    later(2, 30);
    take('divert');
    return { steps, starts };
  }
  later(1, 20);
  take('route');
  starts.acceptance = dayOf(minute);
  if (target === 'routed') return { steps, starts };

  const acceptAndAssign = (): boolean => {
    later(2, 40);
    take('accept');
    starts.accepted = dayOf(minute);
    starts.sessionHeld = false;
    if (target === 'accepted') return false;
    later(1, 20);
    take('assign');
    return target !== 'assigned';
  };
  /** Schedules a session a day or more ahead and, unless `outcome` is null, records it. */
  const holdSession = (outcome: SessionOutcome | null) => {
    later(3, 60);
    const morning = draw % 2 === 0;
    const day = workingDayFrom(dayOf(minute) + 1 + Math.floor(pace(draw) * 3), isWorkingDay);
    const startsAtMinute = day * DAY + (morning ? 9 * 60 : 14 * 60 + 30);
    steps.push({ kind: 'schedule', minute, startsAtMinute });
    if (outcome === null) return;
    minute = startsAtMinute + 150;
    steps.push({ kind: 'record', minute, outcome });
    starts.sessionHeld = true;
  };

  if (!acceptAndAssign()) return { steps, starts };
  if (villageFirst) {
    // The village committee tries first and fails; the town takes the case over.
    holdSession('failed');
    later(4, 48);
    take('escalate');
    starts.acceptance = dayOf(minute);
    if (!acceptAndAssign()) return { steps, starts };
  }
  if (target === 'in_mediation') {
    holdSession(pace(0) < 0.5 ? null : 'partial');
    return { steps, starts };
  }
  if (pace(1) < 0.3) holdSession('partial');
  // Some matters the history shows were closed after a failed session, then visited; a case
  // left closed awaits the visit the agreement's performance deadline sets (one closed after a
  // failure is due for its visit at once, so overdue by the next working day).
  const agreed =
    !['failed', 'withdrawn'].includes(target) && !(target === 'follow_up_done' && pace(2) < 0.12);
  holdSession(agreed ? 'agreement' : target === 'withdrawn' ? 'withdrawn' : 'failed');
  if (target === 'failed' || target === 'withdrawn') return { steps, starts };

  let performanceDay: number | null = null;
  if (agreed) {
    minute += 30;
    const signedDay = dayOf(minute);
    performanceDay = signedDay + 5 + Math.floor(pace(3) * 25);
    steps.push({ kind: 'agree', minute, signedDay, performanceDay });
    starts.signed = signedDay;
    if (target === 'agreement_reached') return { steps, starts };
    const confirm = ['awaiting_confirmation', 'confirmed', 'confirmation_rejected'].includes(
      target,
    );
    if (plan.written && (confirm || pace(4) < 0.3)) {
      later(24, 400);
      take('file');
      if (target === 'awaiting_confirmation') return { steps, starts };
      later(5 * 24, 15 * 24);
      take('decide');
      if (target === 'confirmation_rejected' || target === 'confirmed') return { steps, starts };
    }
  }
  // Closed a few days after the agreement (or the failed session); the follow-up visit is due
  // at the performance deadline, or on the day of closing when that has passed.
  later(2, 96);
  take('close');
  starts.followUpFrom = Math.max(performanceDay ?? 0, dayOf(minute));
  const missed = plan.missedVisit !== null;
  if (target === 'closed' && !missed) return { steps, starts };
  minute = Math.max(minute, starts.followUpFrom * DAY + 9 * 60);
  if (missed) {
    later(1, 72);
    take('missedVisit');
    // The loop stays open: left awaiting a new visit, or visited again days later.
    if (target === 'closed') return { steps, starts };
  }
  if (missed) later(48, 240);
  else later(1, 72);
  take('visit');
  return { steps, starts };
}

/** The deadline of a case left in `status` with its stages started on these days. */
function deadlineOn(
  status: CaseStatus,
  starts: StageStarts,
  options: { registeredOn: CalendarDate; today: CalendarDate; calendar: WorkingDayCalendar },
): DemoDeadline | null {
  const due = (kind: StageDeadlineKind, day: number | null) =>
    day === null
      ? null
      : computeDueDate(
          addCalendarDays(options.registeredOn, day),
          defaultStageDeadlines[kind].rule,
          options.calendar,
        );
  const running = runningDeadline(status, {
    acceptance: due('acceptance', starts.acceptance),
    firstSession: starts.sessionHeld ? null : due('firstSession', starts.accepted),
    mediationConcluded: due('mediationConcluded', starts.accepted),
    judicialConfirmationApplication: due('judicialConfirmationApplication', starts.signed),
    followUp: due('followUp', starts.followUpFrom),
  });
  if (!running) return null;
  const { warnDays } = defaultStageDeadlines[running.kind];
  return { ...running, state: deadlineState(running.dueDate, options.today, warnDays) };
}

const fallbacks: Record<DeadlineState, DeadlineState[]> = {
  on_track: ['on_track', 'due_soon', 'overdue'],
  due_soon: ['due_soon', 'on_track', 'overdue'],
  overdue: ['overdue', 'due_soon', 'on_track'],
};

interface Placed {
  registeredOn: CalendarDate;
  steps: RelativeStep[];
  deadline: DemoDeadline | null;
}

/**
 * The case registered `days` before the seeding day: its steps and its deadline then, or null
 * when that day is a day off or a step would lie after `now`.
 */
function registeredDaysBefore(
  days: number,
  plan: CasePlan,
  options: { now: Date; calendar: WorkingDayCalendar; villageFirst: boolean },
): Placed | null {
  const { calendar } = options;
  const today = toChinaDate(options.now);
  const registeredOn = addCalendarDays(today, -days);
  if (!calendar.isWorkingDay(registeredOn)) return null;
  const { steps, starts } = relativeSteps(plan, options.villageFirst, (day) =>
    calendar.isWorkingDay(addCalendarDays(registeredOn, day)),
  );
  const last = steps.at(-1)?.minute ?? 0;
  if (chinaMidnight(registeredOn) + last * 60_000 > options.now.getTime()) return null;
  return {
    registeredOn,
    steps,
    deadline: deadlineOn(plan.target, starts, { registeredOn, today, calendar }),
  };
}

const chinaMidnight = (date: CalendarDate) => new Date(`${date}T00:00:00+08:00`).getTime();

/**
 * A history case on its planned day or the first before it that works; a running one on a day
 * that puts its deadline in the planned state, or the nearest state it can be in (a case closed
 * after a failed session is due for its visit at once, so it is never on track). An overdue one
 * is overdue by days, up to about two weeks, not by months.
 */
function place(
  plan: CasePlan,
  options: { now: Date; calendar: WorkingDayCalendar; villageFirst: boolean },
): Placed {
  const { placement } = plan;
  const from = placement.kind === 'history' ? placement.daysAgo : 0;
  const candidates: Placed[] = [];
  let overdue = 0;
  // Further back, a deadline is only more overdue: the search ends with enough overdue days.
  for (let days = from; days < from + SEARCH_DAYS && overdue < OVERDUE_CHOICES; days += 1) {
    const placed = registeredDaysBefore(days, plan, options);
    if (!placed) continue;
    if (placement.kind === 'history' || !placed.deadline) return placed;
    candidates.push(placed);
    if (placed.deadline.state === 'overdue') overdue += 1;
  }
  if (placement.kind === 'running') {
    for (const state of fallbacks[placement.deadline]) {
      const matching = candidates.filter((candidate) => candidate.deadline?.state === state);
      const choices = state === 'overdue' ? matching.slice(0, OVERDUE_CHOICES) : matching;
      const chosen = choices[Math.floor(placement.draw * choices.length)];
      if (chosen) return chosen;
    }
  }
  throw new Error(`no day to register a demo case aiming at ${plan.target}`);
}

/** The plan's steps, dated, none after `now`, and the deadline the case runs at `now`. */
export function scheduleDemoCase(
  plan: CasePlan,
  options: { now: Date; calendar: WorkingDayCalendar; villageFirst: boolean },
): DemoTimeline {
  const { registeredOn, steps, deadline } = place(plan, options);
  const midnight = chinaMidnight(registeredOn);
  const instant = (minute: number) => new Date(midnight + minute * 60_000);
  return {
    deadline,
    steps: steps.map((step): DemoStep => {
      const at = instant(step.minute);
      switch (step.kind) {
        case 'schedule':
          return { kind: step.kind, at, startsAt: instant(step.startsAtMinute) };
        case 'record':
          return { kind: step.kind, at, outcome: step.outcome };
        case 'agree':
          return {
            kind: step.kind,
            at,
            signedOn: addCalendarDays(registeredOn, step.signedDay),
            performanceDeadline: addCalendarDays(registeredOn, step.performanceDay),
          };
        default:
          return { kind: step.kind, at };
      }
    }),
  };
}
