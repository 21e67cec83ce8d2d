// Follow-up visits after closure (回访).
import { activeTenant, can, router, tenantProcedure } from '../../trpc.ts';
import { recordFollowUp, ZRecordFollowUpInput } from './record-follow-up.ts';

export const followUpRouter = router({
  record: tenantProcedure
    .use(can('case:update'))
    .use(activeTenant)
    .input(ZRecordFollowUpInput)
    .mutation(({ ctx, input }) =>
      recordFollowUp(ctx.tx, {
        countyId: ctx.tenant.countyId,
        input,
        actorUserId: ctx.auth.user.id,
        now: ctx.now(),
      }),
    ),
});
