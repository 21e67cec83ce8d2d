// The county administrator's onboarding board: every town's progress and the county's checklist.
import { can, router } from '../../trpc.ts';
import { countyProcedure } from '../county/tenant-kind.ts';
import { loadOnboardingBoard } from './load-onboarding-board.ts';

export const onboardingRouter = router({
  board: countyProcedure
    .use(can('tenant:configure'))
    .query(({ ctx }) => loadOnboardingBoard(ctx.tx, { county: ctx.tenant, now: ctx.now() })),
});
