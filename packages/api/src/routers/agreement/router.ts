// Mediation agreements: record (and render) one, and reprint the stored document.
import { activeTenant, can, router, tenantProcedure } from '../../trpc.ts';
import { agreementPdf, ZAgreementPdfInput } from './agreement-pdf.ts';
import { createAgreement, ZCreateAgreementInput } from './create-agreement.ts';

export const agreementRouter = router({
  create: tenantProcedure
    .use(can('case:update'))
    .use(activeTenant)
    .input(ZCreateAgreementInput)
    .mutation(({ ctx, input }) =>
      createAgreement(ctx.tx, {
        countyId: ctx.tenant.countyId,
        input,
        actorUserId: ctx.auth.user.id,
        now: ctx.now(),
        storage: ctx.storage,
      }),
    ),

  pdf: tenantProcedure
    .use(can('case:read'))
    .input(ZAgreementPdfInput)
    .query(({ ctx, input }) =>
      agreementPdf(ctx.tx, {
        countyId: ctx.tenant.countyId,
        agreementId: input.agreementId,
        storage: ctx.storage,
      }),
    ),
});
