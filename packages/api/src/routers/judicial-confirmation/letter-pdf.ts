// Reprints a stored transfer letter: the bytes as issued, refused if they no longer match.
import type { Transaction } from '@concord/db/client';
import { judicialConfirmation } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { apiError } from '../../errors.ts';
import type { FileStorage } from '../../storage/file-storage.ts';
import { readVerifiedFile } from '../../storage/read-verified-file.ts';

export const ZLetterPdfInput = z.object({ confirmationId: z.guid() });

export async function letterPdf(
  tx: Transaction,
  options: { countyId: string; confirmationId: string; storage: FileStorage },
) {
  const [found] = await tx
    .select({
      id: judicialConfirmation.id,
      caseId: judicialConfirmation.caseId,
      filedOn: judicialConfirmation.filedOn,
      letterKey: judicialConfirmation.letterKey,
      letterSha256: judicialConfirmation.letterSha256,
    })
    .from(judicialConfirmation)
    .where(
      and(
        eq(judicialConfirmation.countyId, options.countyId),
        eq(judicialConfirmation.id, options.confirmationId),
      ),
    );
  if (!found) throw apiError('NOT_FOUND');
  if (!found.letterKey || !found.letterSha256) {
    throw apiError('NOT_FOUND', { reason: 'NO_DOCUMENT' });
  }
  const bytes = await readVerifiedFile(options.storage, {
    key: found.letterKey,
    sha256: found.letterSha256,
  });
  return {
    confirmationId: found.id,
    caseId: found.caseId,
    fileName: `司法确认移送函-${found.filedOn}.pdf`,
    contentType: 'application/pdf',
    sha256: found.letterSha256,
    contentBase64: Buffer.from(bytes).toString('base64'),
  };
}
