// Reprints a stored agreement: the bytes as issued, refused if they no longer match their hash.
import type { Transaction } from '@concord/db/client';
import { agreement } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { apiError } from '../../errors.ts';
import type { FileStorage } from '../../storage/file-storage.ts';
import { readVerifiedFile } from '../../storage/read-verified-file.ts';

export const ZAgreementPdfInput = z.object({ agreementId: z.guid() });

export async function agreementPdf(
  tx: Transaction,
  options: { countyId: string; agreementId: string; storage: FileStorage },
) {
  const [found] = await tx
    .select({
      id: agreement.id,
      caseId: agreement.caseId,
      number: agreement.number,
      documentKey: agreement.documentKey,
      documentSha256: agreement.documentSha256,
    })
    .from(agreement)
    .where(and(eq(agreement.countyId, options.countyId), eq(agreement.id, options.agreementId)));
  if (!found) throw apiError('NOT_FOUND');
  // An oral agreement has no document to print.
  if (!found.documentKey || !found.documentSha256) {
    throw apiError('NOT_FOUND', { reason: 'NO_DOCUMENT' });
  }
  const bytes = await readVerifiedFile(options.storage, {
    key: found.documentKey,
    sha256: found.documentSha256,
  });
  return {
    agreementId: found.id,
    caseId: found.caseId,
    fileName: `${found.number}.pdf`,
    contentType: 'application/pdf',
    sha256: found.documentSha256,
    contentBase64: Buffer.from(bytes).toString('base64'),
  };
}
