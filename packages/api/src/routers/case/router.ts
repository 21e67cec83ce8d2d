// The case: intake, triage, assignment, closure, supervision, lists and the case page. Thin
// procedures: each parses its input and calls one use case with the request's transaction.

import { mediationCase } from '@concord/db/schema';
import { toChinaDate } from '@concord/domain/calendar/calendar-date';
import { terminalCaseStatuses } from '@concord/domain/case/state-machine';
import { and, notInArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { activeTenant, can, router, tenantProcedure } from '../../trpc.ts';
import { acceptCase, ZAcceptCaseInput } from './accept-case.ts';
import { assignCase, ZAssignCaseInput } from './assign-case.ts';
import type { CaseListContext } from './case-list-query.ts';
import { handledBy } from './case-list-query.ts';
import { caseTimeline } from './case-timeline.ts';
import { closeCase, ZCloseCaseInput } from './close-case.ts';
import { loadConfirmationDueDates } from './current-deadline.ts';
import { countDeadlines } from './deadline-counts.ts';
import { divertCase, ZDivertCaseInput } from './divert-case.ts';
import { escalateCase, ZEscalateCaseInput } from './escalate-case.ts';
import { exportCases, ZExportCasesInput } from './export-cases.ts';
import {
  findPossibleDuplicates,
  ZFindPossibleDuplicatesInput,
} from './find-possible-duplicates.ts';
import { getCase } from './get-case.ts';
import { listCases, ZListCasesInput } from './list-cases.ts';
import { registerCase, ZRegisterCaseWithAttachmentsInput } from './register-case.ts';
import { reopenCase, ZReopenCaseInput } from './reopen-case.ts';
import { revealParty, ZRevealPartyInput } from './reveal-party.ts';
import { routeCase, ZRouteCaseInput } from './route-case.ts';
import { superviseCase, ZSuperviseCaseInput } from './supervise-case.ts';

export const ZCaseIdInput = z.object({ caseId: z.guid() });
export const ZListMyCasesInput = ZListCasesInput.extend({
  sort: ZListCasesInput.shape.sort.unwrap().default('due_asc'),
  /** Also list cases whose loop is complete or that were diverted. */
  includeFinished: z.boolean().default(false),
});

/** What a state change returns: enough for the page to refresh its version and status. */
function changed(result: { case: { id: string; status: string; version: number } }) {
  return { caseId: result.case.id, status: result.case.status, version: result.case.version };
}

export const caseRouter = router({
  register: tenantProcedure
    .use(can('case:create'))
    .use(activeTenant)
    .input(ZRegisterCaseWithAttachmentsInput)
    .mutation(({ ctx, input: { attachments, ...input } }) =>
      registerCase(ctx.tx, {
        tenant: ctx.tenant,
        input,
        actorUserId: ctx.auth.user.id,
        now: ctx.now(),
        pii: ctx.pii,
        attachments: { files: attachments, storage: ctx.storage, scanHook: ctx.scanHook },
      }),
    ),

  findPossibleDuplicates: tenantProcedure
    .use(can('case:read'))
    .input(ZFindPossibleDuplicatesInput)
    .query(({ ctx, input }) =>
      findPossibleDuplicates(ctx.tx, {
        countyId: ctx.tenant.countyId,
        input,
        pii: ctx.pii,
        now: ctx.now(),
      }),
    ),

  revealParty: tenantProcedure
    .use(can('pii:reveal'))
    .input(ZRevealPartyInput)
    .mutation(({ ctx, input }) =>
      revealParty(ctx.tx, {
        countyId: ctx.tenant.countyId,
        input,
        actorUserId: ctx.auth.user.id,
        actorTenantId: ctx.tenant.id,
        pii: ctx.pii,
        now: ctx.now(),
      }),
    ),

  route: tenantProcedure
    .use(can('case:update'))
    .use(activeTenant)
    .input(ZRouteCaseInput)
    .mutation(async ({ ctx, input }) =>
      changed(
        await routeCase(ctx.tx, {
          countyId: ctx.tenant.countyId,
          input,
          actorUserId: ctx.auth.user.id,
          now: ctx.now(),
        }),
      ),
    ),

  escalate: tenantProcedure
    .use(can('case:update'))
    .use(activeTenant)
    .input(ZEscalateCaseInput)
    .mutation(async ({ ctx, input }) =>
      changed(
        await escalateCase(ctx.tx, {
          countyId: ctx.tenant.countyId,
          input,
          actorUserId: ctx.auth.user.id,
          now: ctx.now(),
        }),
      ),
    ),

  divert: tenantProcedure
    .use(can('case:update'))
    .use(activeTenant)
    .input(ZDivertCaseInput)
    .mutation(async ({ ctx, input }) =>
      changed(
        await divertCase(ctx.tx, {
          countyId: ctx.tenant.countyId,
          input,
          actorUserId: ctx.auth.user.id,
          now: ctx.now(),
        }),
      ),
    ),

  accept: tenantProcedure
    .use(can('case:update'))
    .use(activeTenant)
    .input(ZAcceptCaseInput)
    .mutation(async ({ ctx, input }) =>
      changed(
        await acceptCase(ctx.tx, {
          countyId: ctx.tenant.countyId,
          input,
          actorUserId: ctx.auth.user.id,
          now: ctx.now(),
        }),
      ),
    ),

  assign: tenantProcedure
    .use(can('case:assign'))
    .use(activeTenant)
    .input(ZAssignCaseInput)
    .mutation(async ({ ctx, input }) =>
      changed(
        await assignCase(ctx.tx, {
          countyId: ctx.tenant.countyId,
          input,
          actorUserId: ctx.auth.user.id,
          now: ctx.now(),
        }),
      ),
    ),

  close: tenantProcedure
    .use(can('case:update'))
    .use(activeTenant)
    .input(ZCloseCaseInput)
    .mutation(async ({ ctx, input }) =>
      changed(
        await closeCase(ctx.tx, {
          countyId: ctx.tenant.countyId,
          input,
          actorUserId: ctx.auth.user.id,
          now: ctx.now(),
        }),
      ),
    ),

  reopen: tenantProcedure
    .use(can('case:assign'))
    .use(activeTenant)
    .input(ZReopenCaseInput)
    .mutation(async ({ ctx, input }) =>
      changed(
        await reopenCase(ctx.tx, {
          countyId: ctx.tenant.countyId,
          input,
          actorUserId: ctx.auth.user.id,
          now: ctx.now(),
        }),
      ),
    ),

  supervise: tenantProcedure
    .use(can('case:supervise'))
    .use(activeTenant)
    .input(ZSuperviseCaseInput)
    .mutation(async ({ ctx, input }) =>
      changed(
        await superviseCase(ctx.tx, {
          countyId: ctx.tenant.countyId,
          input,
          actorUserId: ctx.auth.user.id,
          now: ctx.now(),
        }),
      ),
    ),

  list: tenantProcedure
    .use(can('case:read'))
    .input(ZListCasesInput)
    .query(async ({ ctx, input }) => listCases(await listContext(ctx), { input })),

  /** The dashboard's overdue and due-soon figures, on the list's rules. */
  deadlineCounts: tenantProcedure
    .use(can('case:read'))
    .query(async ({ ctx }) => countDeadlines(await listContext(ctx))),

  listMine: tenantProcedure
    .use(can('case:read'))
    .input(ZListMyCasesInput)
    .query(async ({ ctx, input }) => {
      const context = await listContext(ctx);
      const where = and(
        handledBy(context, ctx.auth.user.id),
        input.includeFinished
          ? undefined
          : notInArray(mediationCase.status, [...terminalCaseStatuses]),
      ) as SQL;
      return listCases(context, { input, where });
    }),

  get: tenantProcedure
    .use(can('case:read'))
    .input(ZCaseIdInput)
    .query(({ ctx, input }) =>
      getCase(ctx.tx, { countyId: ctx.tenant.countyId, caseId: input.caseId, now: ctx.now() }),
    ),

  export: tenantProcedure
    .use(can('case:export'))
    .input(ZExportCasesInput)
    .query(async ({ ctx, input }) =>
      exportCases(await listContext(ctx), { input, locale: ctx.auth.user.locale }),
    ),

  timeline: tenantProcedure
    .use(can('case:read'))
    .input(ZCaseIdInput)
    .query(({ ctx, input }) =>
      caseTimeline(ctx.tx, { countyId: ctx.tenant.countyId, caseId: input.caseId }),
    ),
});

async function listContext(ctx: {
  tx: CaseListContext['tx'];
  tenant: CaseListContext['tenant'];
  pii: CaseListContext['pii'];
  now: () => Date;
}): Promise<CaseListContext> {
  return {
    tx: ctx.tx,
    tenant: ctx.tenant,
    pii: ctx.pii,
    today: toChinaDate(ctx.now()),
    confirmationDues: await loadConfirmationDueDates(ctx.tx, ctx.tenant),
  };
}
