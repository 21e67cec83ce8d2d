// Triage (分流/归口): sends a registered case to the tier or industry committee that handles it.
// The category's defaults apply unless the centre overrides them, which must be explained. The
// case never leaves the tenant where it arose (属地原则): only its handling tier changes.
import type { Transaction } from '@concord/db/client';
import { toChinaDate } from '@concord/domain/calendar/calendar-date';
import { computeDueDate } from '@concord/domain/deadline/stage-deadlines';
import { z } from 'zod';
import { findCategory, findCommittee, loadCaseDeadlineRules } from './case-configuration.ts';
import { type FieldProblem, refuseProblems, ZCaseVersionInput } from './field-problems.ts';
import { loadCase } from './load-case.ts';
import { transitionCase } from './transition-case.ts';

export const ZTierLevel = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const ZRouteCaseInput = ZCaseVersionInput.extend({
  /** 1 county centre, 2 town centre, 3 village; default: the category's. */
  tierLevel: ZTierLevel.optional(),
  /** An industry committee; null routes to none; default: the category's. */
  committeeId: z.guid().nullable().optional(),
  reason: z.string().trim().max(1000).optional(),
});
export type RouteCaseInput = z.infer<typeof ZRouteCaseInput>;

export async function checkCommittee(
  tx: Transaction,
  options: { countyId: string; committeeId: string | null },
): Promise<FieldProblem[]> {
  if (options.committeeId === null) return [];
  const committee = await findCommittee(tx, {
    countyId: options.countyId,
    committeeId: options.committeeId,
  });
  if (!committee) return [{ path: 'committeeId', reason: 'not_found' }];
  return committee.retiredAt ? [{ path: 'committeeId', reason: 'retired' }] : [];
}

export async function routeCase(
  tx: Transaction,
  options: { countyId: string; input: RouteCaseInput; actorUserId: string; now: Date },
) {
  const { input, now } = options;
  const current = await loadCase(tx, { countyId: options.countyId, caseId: input.caseId });
  const category = await findCategory(tx, {
    countyId: current.countyId,
    categoryId: current.categoryId,
  });
  const defaults = {
    tierLevel: category?.defaultTierLevel ?? current.tierLevel,
    committeeId: category?.committeeId ?? null,
  };
  const tierLevel = input.tierLevel ?? defaults.tierLevel;
  const committeeId = input.committeeId === undefined ? defaults.committeeId : input.committeeId;
  const override = tierLevel !== defaults.tierLevel || committeeId !== defaults.committeeId;
  const problems = await checkCommittee(tx, { countyId: current.countyId, committeeId });
  if (override && !input.reason) problems.push({ path: 'reason', reason: 'required_for_override' });
  refuseProblems(problems);
  const { deadlines, calendar } = await loadCaseDeadlineRules(tx, current);
  return transitionCase(tx, {
    countyId: current.countyId,
    caseId: current.id,
    expectedVersion: input.expectedVersion,
    action: 'route',
    reason: input.reason,
    actorUserId: options.actorUserId,
    now,
    loaded: current,
    detail: { defaults, override },
    patch: {
      tierLevel,
      committeeId,
      // The receiving unit's time to accept runs from the day it receives the case.
      acceptBy: computeDueDate(toChinaDate(now), deadlines.acceptance.rule, calendar),
    },
  });
}
