import { toChinaDate } from '@concord/domain/calendar/calendar-date';
import { defaultYearSchedules } from '@concord/domain/calendar/default-year-schedules';
import { createWorkingDayCalendar } from '@concord/domain/calendar/working-days';
import { caseStatuses, isOpenCaseStatus } from '@concord/domain/case/state-machine';
import { parseResidentId } from '@concord/domain/party/resident-id';
import { describe, expect, it } from 'vitest';
import { scheduleDemoCase } from './demo-case-timeline.ts';
import { planDemoCases, runsDeadline, seededRandom } from './plan-demo-cases.ts';

const plan = (seed: number, count = 120) =>
  planDemoCases({
    count,
    seed,
    townWeights: [4, 3, 2],
    placeName: (town, place) => `村${town}-${place % 7}`,
  });

/** Plans without their story functions, for comparison. */
const comparable = (seed: number) =>
  plan(seed).map(({ story, ...rest }) => ({ ...rest, category: story.category }));

describe('planDemoCases', () => {
  it('gives the same caseload for the same seed and another for another seed', () => {
    expect(comparable(7)).toEqual(comparable(7));
    expect(comparable(7)).not.toEqual(comparable(8));
  });

  it('aims at every status and spreads over towns, categories and sources', () => {
    const plans = plan(7);
    expect(new Set(plans.map((entry) => entry.target))).toEqual(new Set(caseStatuses));
    expect(new Set(plans.map((entry) => entry.townIndex))).toEqual(new Set([0, 1, 2]));
    expect(new Set(plans.map((entry) => entry.story.category)).size).toBeGreaterThanOrEqual(14);
    expect(new Set(plans.map((entry) => entry.source)).size).toBe(10);
  });

  it('shows third parties, representatives, county intake and missed visits in the first plans', () => {
    // The plans that cover every status: the e2e tests' 40 cases always include them.
    const plans = plan(7, caseStatuses.length);
    const roles = new Set(plans.flatMap((entry) => entry.parties.map((party) => party.role)));
    expect(roles).toEqual(new Set(['applicant', 'respondent', 'third_party', 'representative']));
    expect(plans.filter((entry) => entry.countyLeadReason).map((entry) => entry.target)).toEqual([
      'agreement_reached',
    ]);
    expect(plans.filter((entry) => entry.missedVisit).map((entry) => entry.target)).toEqual([
      'closed',
      'follow_up_done',
    ]);
  });

  it('makes parties the intake form accepts', () => {
    for (const entry of plan(7)) {
      for (const party of entry.parties) {
        if (party.idNumber) expect(parseResidentId(party.idNumber, '2026-12-31').ok).toBe(true);
        if (party.role !== 'representative') continue;
        expect(['applicant', 'respondent']).toContain(
          entry.parties[party.representsIndex ?? -1]?.role,
        );
        expect(party.relation).toMatch(/^(委托|法定)代理人（.+）$/);
      }
    }
    const relations = plan(7).flatMap((entry) => entry.parties.map((party) => party.relation));
    expect(relations.some((relation) => relation?.startsWith('法定代理人'))).toBe(true);
  });

  it('has the county centre take matters in at its own channels and lead them', () => {
    const led = plan(7).filter((entry) => entry.countyLeadReason);
    expect(led.length).toBeGreaterThan(1);
    for (const entry of led) {
      expect(['window', 'hotline', 'letters_and_visits', 'leader_reception']).toContain(
        entry.source,
      );
      expect(entry.escalated).toBe(false);
    }
  });

  it('draws evenly enough from its random source', () => {
    const random = seededRandom(1);
    const draws = Array.from({ length: 10_000 }, random);
    const mean = draws.reduce((sum, value) => sum + value, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });
});

const calendar = createWorkingDayCalendar(defaultYearSchedules());

/** Each plan's timeline when seeded at `now` (a village tries first wherever the plan says so). */
const scheduled = (now: Date, count: number, seed = 20_260_101) =>
  plan(seed, count).map((entry) => ({
    plan: entry,
    ...scheduleDemoCase(entry, { now, calendar, villageFirst: entry.escalated }),
  }));

/** Minutes after midnight China time. */
const chinaMinutes = (instant: Date) =>
  Math.floor((instant.getTime() / 60_000 + 8 * 60) % (24 * 60));

// Mornings before the office opens, the example noon of a report, evenings; a Monday after a
// weekend, the days after the Spring Festival and the National Day holidays, a year's turn.
const seedingMoments = [
  '2026-12-07T07:15:00+08:00',
  '2026-11-25T12:40:00+08:00',
  '2026-11-25T18:00:00+08:00',
  '2026-02-24T09:10:00+08:00',
  '2026-10-08T15:30:00+08:00',
  '2027-01-04T10:00:00+08:00',
].map((moment) => new Date(moment));

describe('the demo timelines', () => {
  it('date no step after the seeding moment, in order, on working days within office hours', () => {
    const misplaced: string[] = [];
    for (const now of seedingMoments) {
      for (const { plan: entry, steps } of scheduled(now, 300)) {
        if (steps[0]?.kind !== 'register') misplaced.push(`${entry.target} starts otherwise`);
        for (const [index, step] of steps.entries()) {
          const minutes = chinaMinutes(step.at);
          const problems = [
            step.at > now && 'after now',
            step.at < (steps[index - 1]?.at ?? 0) && 'before the step before it',
            !calendar.isWorkingDay(toChinaDate(step.at)) && 'on a day off',
            (minutes < 8 * 60 + 30 || minutes > 17 * 60 + 30) && 'outside 08:30-17:30',
            step.kind === 'agree' && step.signedOn !== toChinaDate(step.at) && 'signed another day',
          ].filter(Boolean);
          if (problems.length > 0) {
            misplaced.push(`${entry.target} ${step.kind} ${step.at.toISOString()}: ${problems}`);
          }
        }
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('keeps most open cases within their deadlines, some due soon and some overdue', () => {
    for (const count of [40, 300]) {
      for (const now of seedingMoments) {
        const cases = scheduled(now, count);
        const open = cases.filter(({ plan: entry }) => isOpenCaseStatus(entry.target)).length;
        const inState = (state: string) =>
          cases.filter(({ deadline }) => deadline?.state === state).length;
        expect(inState('overdue'), `${count} at ${now.toISOString()}`).toBeGreaterThan(0);
        expect(inState('due_soon'), `${count} at ${now.toISOString()}`).toBeGreaterThan(0);
        expect(inState('overdue') / open).toBeLessThan(0.3);
        expect(inState('due_soon') / open).toBeLessThan(0.3);
      }
    }
  });

  it('places the running cases recently and spreads the finished ones over the past year', () => {
    const now = seedingMoments[1]!;
    const age = (at: Date) => (now.getTime() - at.getTime()) / 86_400_000;
    const cases = scheduled(now, 300);
    for (const { plan: entry, steps, deadline } of cases) {
      if (!runsDeadline(entry.target)) expect(deadline).toBeNull();
      else expect(age(steps.at(-1)!.at)).toBeLessThan(60);
    }
    const finished = cases.filter(({ plan: entry }) => entry.target === 'follow_up_done');
    const registered = finished.map(({ steps }) => age(steps[0]!.at));
    expect(Math.max(...registered)).toBeGreaterThan(300);
    expect(registered.filter((days) => days > 180).length).toBeGreaterThan(finished.length / 4);
  });

  it('gives the same timelines for the same seeding moment', () => {
    const now = seedingMoments[0]!;
    expect(scheduled(now, 40)).toEqual(scheduled(now, 40));
  });
});
