// The app router: one router per feature. RouterInputs/RouterOutputs type the web app's calls.
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { accountRouter } from './routers/account/router.ts';
import { auditRouter } from './routers/audit/router.ts';
import { authRouter } from './routers/auth/router.ts';
import { memberRouter } from './routers/member/router.ts';
import { tenantRouter } from './routers/tenant/router.ts';
import { createCallerFactory, router } from './trpc.ts';

export const appRouter = router({
  auth: authRouter,
  account: accountRouter,
  tenant: tenantRouter,
  member: memberRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
export type { ApiContext } from './trpc.ts';
