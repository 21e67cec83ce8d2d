// Dispute categories (the national list and the county's local types) and industry committees.
// Both belong to the county: towns read them, only the county administrator changes them.
import { writeAudit } from '@concord/auth/audit/write-audit';
import { disputeCategory, industryCommittee } from '@concord/db/schema';
import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { activeTenant, can, router, tenantProcedure } from '../../trpc.ts';
import { countyProcedure } from '../county/tenant-kind.ts';
import { createCategory } from './create-category.ts';
import { createCommittee } from './create-committee.ts';
import { updateCategory } from './update-category.ts';
import { updateCommittee } from './update-committee.ts';

const name = z.string().trim().min(1).max(40);
/** 1 county, 2 town, 3 village. */
const tierLevel = z.number().int().min(1).max(3);

export const ZCreateCategoryInput = z.object({
  name,
  nationalCode: z.string().trim().min(1).max(40),
  defaultTierLevel: tierLevel,
  committeeId: z.guid().nullable().default(null),
});
export const ZRenameCategoryInput = z.object({ categoryId: z.guid(), name });
export const ZSetCategoryDefaultsInput = z.object({
  categoryId: z.guid(),
  defaultTierLevel: tierLevel,
  committeeId: z.guid().nullable(),
});
export const ZCategoryIdInput = z.object({ categoryId: z.guid() });
export const ZCreateCommitteeInput = z.object({ name });
export const ZRenameCommitteeInput = z.object({ committeeId: z.guid(), name });
export const ZCommitteeIdInput = z.object({ committeeId: z.guid() });

const configure = countyProcedure.use(can('tenant:configure')).use(activeTenant);

export const categoryRouter = router({
  /** Every category with its committee; retired ones included and flagged (old cases use them). */
  list: tenantProcedure.use(can('tenant:read')).query(async ({ ctx }) => {
    const { tx } = ctx;
    const rows = await tx
      .select({
        id: disputeCategory.id,
        name: disputeCategory.name,
        nationalCode: disputeCategory.nationalCode,
        origin: disputeCategory.origin,
        listVersion: disputeCategory.listVersion,
        defaultTierLevel: disputeCategory.defaultTierLevel,
        committeeId: disputeCategory.committeeId,
        committeeName: industryCommittee.name,
        committeeRetired: industryCommittee.retiredAt,
        sortOrder: disputeCategory.sortOrder,
        retiredAt: disputeCategory.retiredAt,
      })
      .from(disputeCategory)
      .leftJoin(
        industryCommittee,
        and(
          eq(industryCommittee.countyId, disputeCategory.countyId),
          eq(industryCommittee.id, disputeCategory.committeeId),
        ),
      )
      .where(
        and(
          eq(disputeCategory.countyId, ctx.tenant.countyId),
          eq(disputeCategory.tenantId, ctx.tenant.countyId),
        ),
      )
      .orderBy(
        asc(disputeCategory.sortOrder),
        desc(disputeCategory.origin),
        asc(disputeCategory.name),
      );
    const nationalNames = new Map(
      rows.filter((row) => row.origin === 'national').map((row) => [row.nationalCode, row.name]),
    );
    return rows.map((row) => ({
      ...row,
      committeeRetired: row.committeeRetired !== null,
      retired: row.retiredAt !== null,
      nationalName: nationalNames.get(row.nationalCode) ?? null,
    }));
  }),

  create: configure
    .input(ZCreateCategoryInput)
    .mutation(({ ctx, input }) =>
      createCategory(ctx.tx, { ...input, county: ctx.tenant, actorUserId: ctx.auth.user.id }),
    ),

  rename: configure.input(ZRenameCategoryInput).mutation(({ ctx, input }) =>
    updateCategory(ctx.tx, {
      county: ctx.tenant,
      categoryId: input.categoryId,
      change: { kind: 'rename', name: input.name },
      actorUserId: ctx.auth.user.id,
    }),
  ),

  setDefaults: configure.input(ZSetCategoryDefaultsInput).mutation(({ ctx, input }) =>
    updateCategory(ctx.tx, {
      county: ctx.tenant,
      categoryId: input.categoryId,
      change: {
        kind: 'setDefaults',
        defaultTierLevel: input.defaultTierLevel,
        committeeId: input.committeeId,
      },
      actorUserId: ctx.auth.user.id,
    }),
  ),

  retire: configure.input(ZCategoryIdInput).mutation(({ ctx, input }) =>
    updateCategory(ctx.tx, {
      county: ctx.tenant,
      categoryId: input.categoryId,
      change: { kind: 'retire', now: ctx.now() },
      actorUserId: ctx.auth.user.id,
    }),
  ),

  restore: configure.input(ZCategoryIdInput).mutation(({ ctx, input }) =>
    updateCategory(ctx.tx, {
      county: ctx.tenant,
      categoryId: input.categoryId,
      change: { kind: 'restore' },
      actorUserId: ctx.auth.user.id,
    }),
  ),

  /** The county has gone through the list (an onboarding step); recorded in the audit log. */
  markReviewed: configure.mutation(async ({ ctx }) => {
    await writeAudit(ctx.tx, {
      countyId: ctx.tenant.countyId,
      tenantId: ctx.tenant.id,
      actorUserId: ctx.auth.user.id,
      action: 'category.list_reviewed',
      targetType: 'tenant',
      targetId: ctx.tenant.id,
    });
    return { reviewed: true };
  }),
});

export const committeeRouter = router({
  /** Every committee with how many active categories route to it by default. */
  list: tenantProcedure.use(can('tenant:read')).query(async ({ ctx }) => {
    const { tx } = ctx;
    const rows = await tx
      .select({
        id: industryCommittee.id,
        code: industryCommittee.code,
        name: industryCommittee.name,
        retiredAt: industryCommittee.retiredAt,
        categories: count(disputeCategory.id),
      })
      .from(industryCommittee)
      .leftJoin(
        disputeCategory,
        and(
          eq(disputeCategory.countyId, industryCommittee.countyId),
          eq(disputeCategory.committeeId, industryCommittee.id),
          isNull(disputeCategory.retiredAt),
        ),
      )
      .where(
        and(
          eq(industryCommittee.countyId, ctx.tenant.countyId),
          eq(industryCommittee.tenantId, ctx.tenant.countyId),
        ),
      )
      .groupBy(industryCommittee.id, industryCommittee.countyId)
      .orderBy(asc(industryCommittee.name));
    return rows.map((row) => ({ ...row, retired: row.retiredAt !== null }));
  }),

  create: configure.input(ZCreateCommitteeInput).mutation(({ ctx, input }) =>
    createCommittee(ctx.tx, {
      county: ctx.tenant,
      name: input.name,
      actorUserId: ctx.auth.user.id,
    }),
  ),

  rename: configure.input(ZRenameCommitteeInput).mutation(({ ctx, input }) =>
    updateCommittee(ctx.tx, {
      county: ctx.tenant,
      committeeId: input.committeeId,
      change: { kind: 'rename', name: input.name },
      actorUserId: ctx.auth.user.id,
    }),
  ),

  retire: configure.input(ZCommitteeIdInput).mutation(({ ctx, input }) =>
    updateCommittee(ctx.tx, {
      county: ctx.tenant,
      committeeId: input.committeeId,
      change: { kind: 'retire', now: ctx.now() },
      actorUserId: ctx.auth.user.id,
    }),
  ),

  restore: configure.input(ZCommitteeIdInput).mutation(({ ctx, input }) =>
    updateCommittee(ctx.tx, {
      county: ctx.tenant,
      committeeId: input.committeeId,
      change: { kind: 'restore' },
      actorUserId: ctx.auth.user.id,
    }),
  ),
});
