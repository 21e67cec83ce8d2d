// Mediation sessions of a case: schedule (rooms cannot be double-booked), record, cancel.
import { activeTenant, can, router, tenantProcedure } from '../../trpc.ts';
import { cancelSession, ZCancelSessionInput } from './cancel-session.ts';
import { recordSession, ZRecordSessionInput } from './record-session.ts';
import { scheduleSession, ZScheduleSessionInput } from './schedule-session.ts';

export const mediationSessionRouter = router({
  schedule: tenantProcedure
    .use(can('case:update'))
    .use(activeTenant)
    .input(ZScheduleSessionInput)
    .mutation(({ ctx, input }) =>
      scheduleSession(ctx.tx, {
        countyId: ctx.tenant.countyId,
        input,
        actorUserId: ctx.auth.user.id,
        now: ctx.now(),
      }),
    ),

  record: tenantProcedure
    .use(can('case:update'))
    .use(activeTenant)
    .input(ZRecordSessionInput)
    .mutation(({ ctx, input }) =>
      recordSession(ctx.tx, {
        countyId: ctx.tenant.countyId,
        input,
        actorUserId: ctx.auth.user.id,
        now: ctx.now(),
      }),
    ),

  cancel: tenantProcedure
    .use(can('case:update'))
    .use(activeTenant)
    .input(ZCancelSessionInput)
    .mutation(({ ctx, input }) =>
      cancelSession(ctx.tx, {
        countyId: ctx.tenant.countyId,
        input,
        actorUserId: ctx.auth.user.id,
        now: ctx.now(),
      }),
    ),
});
