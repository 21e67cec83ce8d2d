import { caseStatuses } from '@concord/domain/case/state-machine';
import { describe, expect, it } from 'vitest';
import { planDemoCases, seededRandom } from './plan-demo-cases.ts';

const plan = (seed: number) =>
  planDemoCases({
    count: 120,
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
