// The app router: one router per feature. RouterInputs/RouterOutputs type the web app's calls.
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { accountRouter } from './routers/account/router.ts';
import { agreementRouter } from './routers/agreement/router.ts';
import { attachmentRouter } from './routers/attachment/router.ts';
import { auditRouter } from './routers/audit/router.ts';
import { authRouter } from './routers/auth/router.ts';
import { calendarRouter } from './routers/calendar/router.ts';
import { caseRouter } from './routers/case/router.ts';
import { categoryRouter, committeeRouter } from './routers/category/router.ts';
import { centreRouter } from './routers/centre/router.ts';
import { countyRouter } from './routers/county/router.ts';
import { followUpRouter } from './routers/follow-up/router.ts';
import { judicialConfirmationRouter } from './routers/judicial-confirmation/router.ts';
import { mediationSessionRouter } from './routers/mediation-session/router.ts';
import { memberRouter } from './routers/member/router.ts';
import { onboardingRouter } from './routers/onboarding/router.ts';
import { orgUnitRouter } from './routers/org-unit/router.ts';
import { settingsRouter } from './routers/settings/router.ts';
import { tenantRouter } from './routers/tenant/router.ts';
import { townRouter } from './routers/town/router.ts';
import { createCallerFactory, router } from './trpc.ts';

export const appRouter = router({
  auth: authRouter,
  account: accountRouter,
  tenant: tenantRouter,
  member: memberRouter,
  audit: auditRouter,
  case: caseRouter,
  mediationSession: mediationSessionRouter,
  agreement: agreementRouter,
  judicialConfirmation: judicialConfirmationRouter,
  followUp: followUpRouter,
  attachment: attachmentRouter,
  county: countyRouter,
  settings: settingsRouter,
  category: categoryRouter,
  committee: committeeRouter,
  calendar: calendarRouter,
  town: townRouter,
  orgUnit: orgUnitRouter,
  centre: centreRouter,
  onboarding: onboardingRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
export type { ApiContext } from './trpc.ts';
