// The one conditional UPDATE of a case row, shared by transitionCase and recordCaseChange:
// it names the version the client read, so of two people saving the same version one wins and
// the other gets STALE_VERSION with nothing changed (optimistic locking).
import type { Transaction } from '@concord/db/client';
import { mediationCase } from '@concord/db/schema';
import type { CaseStatus } from '@concord/domain/case/state-machine';
import { and, eq, sql } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import type { CaseRow } from './load-case.ts';

type CaseInsert = typeof mediationCase.$inferInsert;

/** Columns a case change may set besides status and version. */
export type CasePatch = Partial<
  Pick<
    CaseInsert,
    | 'tierLevel'
    | 'committeeId'
    | 'divertedTo'
    | 'leadOfficial'
    | 'responsibleDepartment'
    | 'responsibleUserId'
    | 'concludeBy'
    | 'acceptBy'
    | 'firstSessionBy'
    | 'followUpBy'
    | 'result'
    | 'closedAt'
    | 'supervisedAt'
    | 'riskColour'
  >
>;

export function staleVersion(expectedVersion: number, currentVersion?: number) {
  return apiError('STALE_VERSION', { expectedVersion, currentVersion: currentVersion ?? null });
}

/** The patched fields whose value changes, as { field: { from, to } } for the timeline. */
export function changesOf(current: CaseRow, patch: CasePatch): Record<string, unknown> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(patch)) {
    const from = current[field as keyof CaseRow] ?? null;
    const same = from instanceof Date && to instanceof Date ? +from === +to : from === to;
    if (!same && to !== undefined) changes[field] = { from, to: to ?? null };
  }
  return changes;
}

export async function updateCaseRow(
  tx: Transaction,
  options: {
    current: CaseRow;
    expectedVersion: number;
    status: CaseStatus;
    patch: CasePatch;
    now: Date;
  },
): Promise<CaseRow> {
  const { current, expectedVersion } = options;
  const [updated] = await tx
    .update(mediationCase)
    .set({
      ...options.patch,
      status: options.status,
      version: sql`${mediationCase.version} + 1`,
      updatedAt: options.now,
    })
    .where(
      and(
        eq(mediationCase.countyId, current.countyId),
        eq(mediationCase.id, current.id),
        eq(mediationCase.version, expectedVersion),
      ),
    )
    .returning();
  // Zero rows: someone else committed a change of this version first (the row lock made this
  // statement wait for them and then re-check the version).
  if (!updated) throw staleVersion(expectedVersion);
  return updated as CaseRow;
}
