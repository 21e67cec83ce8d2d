// The tenant's audit log, newest first, page by page.
import { auditLog, user } from '@concord/db/schema';
import { and, desc, eq, like, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import { can, router, tenantProcedure } from '../../trpc.ts';

export const ZListAuditInput = z.object({
  beforeSeq: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(200).default(50),
  /** Only actions starting with one of these, e.g. ['category.', 'committee.']. */
  actionPrefixes: z
    .array(
      z
        .string()
        .regex(/^[a-z_]+\.?[a-z_]*$/)
        .max(40),
    )
    .max(10)
    .optional(),
});

export const auditRouter = router({
  list: tenantProcedure
    .use(can('audit:read'))
    .input(ZListAuditInput)
    .query(({ ctx, input }) =>
      ctx.tx
        .select({
          seq: auditLog.seq,
          at: auditLog.at,
          action: auditLog.action,
          targetType: auditLog.targetType,
          targetId: auditLog.targetId,
          detail: auditLog.detail,
          actor: user.displayName,
        })
        .from(auditLog)
        .leftJoin(user, eq(user.id, auditLog.actorUserId))
        .where(
          and(
            eq(auditLog.tenantId, ctx.tenant.id),
            input.beforeSeq ? lt(auditLog.seq, input.beforeSeq) : undefined,
            input.actionPrefixes?.length
              ? or(
                  ...input.actionPrefixes.map((prefix) =>
                    like(auditLog.action, `${prefix.replaceAll('_', '\\_')}%`),
                  ),
                )
              : undefined,
          ),
        )
        .orderBy(desc(auditLog.seq))
        .limit(input.limit),
    ),
});
