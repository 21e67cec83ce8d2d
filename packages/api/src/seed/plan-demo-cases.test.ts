import { caseStatuses } from '@concord/domain/case/state-machine';
import { parseResidentId } from '@concord/domain/party/resident-id';
import { describe, expect, it } from 'vitest';
import { planDemoCases, seededRandom } from './plan-demo-cases.ts';

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
