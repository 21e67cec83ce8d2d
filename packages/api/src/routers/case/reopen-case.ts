// Reopening (重新调解): after a rejected confirmation or a follow-up visit that found the agreement
// unperformed. The case returns to `assigned` so the four fixes are reviewed, gets a new month to
// conclude, and its current agreement is kept on file as superseded (a new round may make another).
import type { Transaction } from '@concord/db/client';
import { agreement } from '@concord/db/schema';
import { toChinaDate } from '@concord/domain/calendar/calendar-date';
import { computeDueDate } from '@concord/domain/deadline/stage-deadlines';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { loadCaseDeadlineRules } from './case-configuration.ts';
import { ZCaseVersionInput } from './field-problems.ts';
import { loadCase } from './load-case.ts';
import { transitionCase } from './transition-case.ts';

export const ZReopenCaseInput = ZCaseVersionInput.extend({
  reason: z.string().trim().min(1).max(1000),
});
export type ReopenCaseInput = z.infer<typeof ZReopenCaseInput>;

export async function reopenCase(
  tx: Transaction,
  options: { countyId: string; input: ReopenCaseInput; actorUserId: string; now: Date },
) {
  const { input, now } = options;
  const current = await loadCase(tx, { countyId: options.countyId, caseId: input.caseId });
  const { deadlines, calendar } = await loadCaseDeadlineRules(tx, current);
  const result = await transitionCase(tx, {
    countyId: current.countyId,
    caseId: current.id,
    expectedVersion: input.expectedVersion,
    action: 'reopen',
    reason: input.reason,
    actorUserId: options.actorUserId,
    now,
    loaded: current,
    patch: {
      result: null,
      closedAt: null,
      followUpBy: null,
      concludeBy: computeDueDate(toChinaDate(now), deadlines.mediationConcluded.rule, calendar),
    },
  });
  // After the transition, so a refused reopen leaves the agreement untouched (it rolls back anyway).
  await tx
    .update(agreement)
    .set({ supersededAt: now })
    .where(
      and(
        eq(agreement.countyId, current.countyId),
        eq(agreement.caseId, current.id),
        isNull(agreement.supersededAt),
      ),
    );
  return result;
}
