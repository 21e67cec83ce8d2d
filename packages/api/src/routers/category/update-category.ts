import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { disputeCategory, type tenant } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import {
  requireActiveCommittee,
  requireCategory,
  requireFreeCategoryName,
  rethrowNameTaken,
} from './find-configuration-rows.ts';

type CategoryChange =
  | { kind: 'rename'; name: string }
  | { kind: 'setDefaults'; defaultTierLevel: number; committeeId: string | null }
  | { kind: 'retire'; now: Date }
  | { kind: 'restore' };

const actions = {
  rename: 'category.renamed',
  setDefaults: 'category.defaults_set',
  retire: 'category.retired',
  restore: 'category.restored',
} as const;

/**
 * Renames, re-defaults, retires or restores a category; never deletes one, because old cases
 * keep pointing at it. A retired category stays readable and refuses new use
 * (see require-usable-category.ts). National types may be renamed too: their code, which is
 * what reports use, never changes.
 */
export async function updateCategory(
  tx: Transaction,
  options: {
    county: typeof tenant.$inferSelect;
    categoryId: string;
    change: CategoryChange;
    actorUserId: string;
  },
): Promise<{ changed: boolean }> {
  const { county, change } = options;
  const before = await requireCategory(tx, county, options.categoryId);
  let set: Partial<typeof disputeCategory.$inferInsert>;
  switch (change.kind) {
    case 'rename':
      if (change.name === before.name) return { changed: false };
      await requireFreeCategoryName(tx, county, change.name, before.id);
      set = { name: change.name };
      break;
    case 'setDefaults':
      if (change.committeeId && change.committeeId !== before.committeeId)
        await requireActiveCommittee(tx, county, change.committeeId);
      if (
        change.defaultTierLevel === before.defaultTierLevel &&
        change.committeeId === before.committeeId
      )
        return { changed: false };
      set = { defaultTierLevel: change.defaultTierLevel, committeeId: change.committeeId };
      break;
    case 'retire':
      if (before.retiredAt) return { changed: false };
      set = { retiredAt: change.now };
      break;
    case 'restore':
      if (!before.retiredAt) return { changed: false };
      set = { retiredAt: null };
      break;
  }
  try {
    await tx
      .update(disputeCategory)
      .set(set)
      .where(and(eq(disputeCategory.countyId, before.countyId), eq(disputeCategory.id, before.id)));
  } catch (error) {
    rethrowNameTaken(error, 'dispute_category_county_tenant_name_key');
  }
  const fields = Object.keys(set) as (keyof typeof set)[];
  await writeAudit(tx, {
    countyId: county.countyId,
    tenantId: county.id,
    actorUserId: options.actorUserId,
    action: actions[change.kind],
    targetType: 'dispute_category',
    targetId: before.id,
    detail: {
      name: before.name,
      changes: Object.fromEntries(
        fields.map((field) => [field, { from: before[field] ?? null, to: set[field] ?? null }]),
      ),
    },
  });
  return { changed: true };
}
