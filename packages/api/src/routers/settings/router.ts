// Versioned configuration: the value in force, its history, and new versions.
import { settingKeys, tenantSetting, user } from '@concord/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { apiError } from '../../errors.ts';
import { activeTenant, can, router, tenantProcedure } from '../../trpc.ts';
import { type AnyEffectiveSetting, loadEffectiveSetting } from './load-effective-setting.ts';
import { ZSettingEntry } from './setting-schemas.ts';
import { updateSetting } from './update-setting.ts';

export const ZSettingKeyInput = z.object({ key: z.enum(settingKeys) });
export const ZSettingHistoryInput = ZSettingKeyInput.extend({
  limit: z.number().int().min(1).max(100).default(50),
});
export const ZUpdateSettingInput = z.intersection(
  ZSettingEntry,
  z.object({ baseVersion: z.number().int().min(0).optional() }),
);

export const settingsRouter = router({
  /** The value in force here, where it comes from, and whether towns may override it. */
  get: tenantProcedure
    .use(can('tenant:read'))
    .input(ZSettingKeyInput)
    .query(
      ({ ctx, input }) =>
        loadEffectiveSetting(ctx.tx, {
          tenant: ctx.tenant,
          key: input.key,
        }) as Promise<AnyEffectiveSetting>,
    ),

  /** This tenant's own versions of a key, newest first. */
  history: tenantProcedure
    .use(can('tenant:read'))
    .input(ZSettingHistoryInput)
    .query(({ ctx, input }) =>
      ctx.tx
        .select({
          version: tenantSetting.version,
          value: tenantSetting.value,
          changedAt: tenantSetting.createdAt,
          changedBy: user.displayName,
        })
        .from(tenantSetting)
        .leftJoin(user, eq(user.id, tenantSetting.changedBy))
        .where(
          and(
            eq(tenantSetting.countyId, ctx.tenant.countyId),
            eq(tenantSetting.tenantId, ctx.tenant.id),
            eq(tenantSetting.key, input.key),
          ),
        )
        .orderBy(desc(tenantSetting.version))
        .limit(input.limit),
    ),

  /** County keys need 'tenant:configure'; a town's overridable keys need 'town:manage'. */
  update: tenantProcedure
    .use(activeTenant)
    .input(ZUpdateSettingInput)
    .mutation(({ ctx, input }) => {
      const needed = ctx.tenant.kind === 'county' ? 'tenant:configure' : 'town:manage';
      if (!ctx.permissions.has(needed)) throw apiError('FORBIDDEN', { permission: needed });
      const { baseVersion, ...entry } = input;
      return updateSetting(ctx.tx, {
        tenant: ctx.tenant,
        entry: entry as z.output<typeof ZSettingEntry>,
        baseVersion,
        actorUserId: ctx.auth.user.id,
      });
    }),
});
