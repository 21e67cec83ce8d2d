// The tenant's audit log, newest first, page by page.
import { auditLog, user } from '@concord/db/schema';
import { and, desc, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import { can, router, tenantProcedure } from '../../trpc.ts';

export const ZListAuditInput = z.object({
  beforeSeq: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(200).default(50),
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
          ),
        )
        .orderBy(desc(auditLog.seq))
        .limit(input.limit),
    ),
});
