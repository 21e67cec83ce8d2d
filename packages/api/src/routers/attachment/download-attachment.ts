// Hands out an attachment's bytes, only after the row was found under the request's row-level
// security, checked against the SHA-256 taken at upload. Attachments often hold ID card copies,
// so every download is audited.
import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { attachment } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { apiError } from '../../errors.ts';
import type { FileStorage } from '../../storage/file-storage.ts';
import { readVerifiedFile } from '../../storage/read-verified-file.ts';

export const ZDownloadAttachmentInput = z.object({ attachmentId: z.guid() });

export async function downloadAttachment(
  tx: Transaction,
  options: { countyId: string; attachmentId: string; actorUserId: string; storage: FileStorage },
) {
  const [found] = await tx
    .select()
    .from(attachment)
    .where(and(eq(attachment.countyId, options.countyId), eq(attachment.id, options.attachmentId)));
  if (!found) throw apiError('NOT_FOUND');
  const bytes = await readVerifiedFile(options.storage, {
    key: found.storageKey,
    sha256: found.sha256,
  });
  await writeAudit(tx, {
    countyId: found.countyId,
    tenantId: found.tenantId,
    actorUserId: options.actorUserId,
    action: 'attachment.downloaded',
    targetType: 'attachment',
    targetId: found.id,
    detail: { caseId: found.caseId, fileName: found.fileName },
  });
  return {
    attachmentId: found.id,
    caseId: found.caseId,
    fileName: found.fileName,
    contentType: found.contentType,
    sizeBytes: found.sizeBytes,
    contentBase64: Buffer.from(bytes).toString('base64'),
  };
}
