// Judicial confirmation of agreements: file with the transfer letter, record the court's
// decision, reprint the letter.
import { activeTenant, can, router, tenantProcedure } from '../../trpc.ts';
import { fileConfirmation, ZFileConfirmationInput } from './file-confirmation.ts';
import { letterPdf, ZLetterPdfInput } from './letter-pdf.ts';
import {
  recordConfirmationOutcome,
  ZRecordConfirmationOutcomeInput,
} from './record-confirmation-outcome.ts';

export const judicialConfirmationRouter = router({
  file: tenantProcedure
    .use(can('case:update'))
    .use(activeTenant)
    .input(ZFileConfirmationInput)
    .mutation(({ ctx, input }) =>
      fileConfirmation(ctx.tx, {
        countyId: ctx.tenant.countyId,
        input,
        actorUserId: ctx.auth.user.id,
        actorName: ctx.auth.user.displayName,
        now: ctx.now(),
        storage: ctx.storage,
      }),
    ),

  recordOutcome: tenantProcedure
    .use(can('case:update'))
    .use(activeTenant)
    .input(ZRecordConfirmationOutcomeInput)
    .mutation(({ ctx, input }) =>
      recordConfirmationOutcome(ctx.tx, {
        countyId: ctx.tenant.countyId,
        input,
        actorUserId: ctx.auth.user.id,
        now: ctx.now(),
      }),
    ),

  letterPdf: tenantProcedure
    .use(can('case:read'))
    .input(ZLetterPdfInput)
    .query(({ ctx, input }) =>
      letterPdf(ctx.tx, {
        countyId: ctx.tenant.countyId,
        confirmationId: input.confirmationId,
        storage: ctx.storage,
      }),
    ),
});
