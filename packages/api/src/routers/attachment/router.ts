// Files attached to a case: upload (type proven by content, size-limited, scanned) and download.
import { activeTenant, can, router, tenantProcedure } from '../../trpc.ts';
import { downloadAttachment, ZDownloadAttachmentInput } from './download-attachment.ts';
import { uploadAttachment, ZUploadAttachmentInput } from './upload-attachment.ts';

export const attachmentRouter = router({
  upload: tenantProcedure
    .use(can('case:update'))
    .use(activeTenant)
    .input(ZUploadAttachmentInput)
    .mutation(({ ctx, input }) =>
      uploadAttachment(ctx.tx, {
        countyId: ctx.tenant.countyId,
        input,
        actorUserId: ctx.auth.user.id,
        now: ctx.now(),
        storage: ctx.storage,
        scanHook: ctx.scanHook,
      }),
    ),

  download: tenantProcedure
    .use(can('case:read'))
    .input(ZDownloadAttachmentInput)
    .query(({ ctx, input }) =>
      downloadAttachment(ctx.tx, {
        countyId: ctx.tenant.countyId,
        attachmentId: input.attachmentId,
        actorUserId: ctx.auth.user.id,
        storage: ctx.storage,
      }),
    ),
});
