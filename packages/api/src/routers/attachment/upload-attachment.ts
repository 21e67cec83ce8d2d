// Adds a file to a case (photos of the site, an ID card copy, a contract, a spreadsheet of
// wages owed): at most 10 MB, of an allowed type proven by its bytes, passed through the virus
// scan hook, stored under the case's tenant and noted on the timeline.
import { createHash } from 'node:crypto';
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { attachment } from '@concord/db/schema';
import { caseStatuses } from '@concord/domain/case/state-machine';
import { z } from 'zod';
import { type FileStorage, tenantStorageKey } from '../../storage/file-storage.ts';
import { noScan, type ScanHook } from '../../storage/scan-hook.ts';
import {
  type FieldProblem,
  refuseProblems,
  validationFailed,
  ZCaseVersionInput,
} from '../case/field-problems.ts';
import { loadCase } from '../case/load-case.ts';
import { recordCaseChange } from '../case/record-case-change.ts';
import { staleVersion } from '../case/update-case-row.ts';
import { attachmentTypes, detectFileType, extensionOf } from './detect-file-type.ts';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const ZUploadAttachmentInput = ZCaseVersionInput.extend({
  fileName: z.string().trim().min(1).max(200),
  /** The file, base64-encoded (a multipart upload route can replace this later). */
  contentBase64: z.base64().max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4),
});
export type UploadAttachmentInput = z.infer<typeof ZUploadAttachmentInput>;

/** The name as shown: no folders a browser may include, no control characters. */
function displayName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/[\p{Cc}\p{Cf}]/gu, '').trim() || 'file';
}

export async function uploadAttachment(
  tx: Transaction,
  options: {
    countyId: string;
    input: UploadAttachmentInput;
    actorUserId: string;
    now: Date;
    storage: FileStorage;
    scanHook: ScanHook | undefined;
  },
) {
  const { input, now } = options;
  const current = await loadCase(tx, { countyId: options.countyId, caseId: input.caseId });
  if (current.version !== input.expectedVersion) {
    throw staleVersion(input.expectedVersion, current.version);
  }
  const bytes = new Uint8Array(Buffer.from(input.contentBase64, 'base64'));
  const fileName = displayName(input.fileName);
  const type = detectFileType(bytes);
  const problems: FieldProblem[] = [];
  if (bytes.byteLength === 0) problems.push({ path: 'contentBase64', reason: 'empty' });
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    problems.push({ path: 'contentBase64', reason: 'too_large' });
  }
  if (bytes.byteLength > 0 && type === null) {
    problems.push({ path: 'contentBase64', reason: 'unsupported_type' });
  }
  const extensions: readonly string[] = type ? attachmentTypes[type].extensions : [];
  if (type !== null && !extensions.includes(extensionOf(fileName))) {
    problems.push({ path: 'fileName', reason: 'type_mismatch' });
  }
  if (type === null || problems.length > 0) throw validationFailed(problems);
  const verdict = await (options.scanHook ?? noScan)(bytes);
  if (verdict === 'infected') refuseProblems([{ path: 'contentBase64', reason: 'infected' }]);

  const attachmentId = newId(now.getTime());
  const storageKey = tenantStorageKey(current, 'cases', current.id, 'attachments', attachmentId);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // Files may be added whatever the status, e.g. photos from a follow-up visit.
  const result = await recordCaseChange(tx, {
    countyId: current.countyId,
    caseId: current.id,
    expectedVersion: input.expectedVersion,
    kind: 'attachment_added',
    allowedIn: caseStatuses,
    actorUserId: options.actorUserId,
    now,
    loaded: current,
    detail: { attachmentId, fileName, contentType: attachmentTypes[type].contentType },
  });
  await tx.insert(attachment).values({
    countyId: current.countyId,
    tenantId: current.tenantId,
    id: attachmentId,
    caseId: current.id,
    fileName,
    contentType: attachmentTypes[type].contentType,
    sizeBytes: bytes.byteLength,
    sha256,
    storageKey,
    scanStatus: verdict,
    uploadedBy: options.actorUserId,
    createdAt: now,
  });
  // Stored last: if storing fails, the transaction rolls back and no row points at nothing.
  await options.storage.put(storageKey, bytes);
  return {
    attachmentId,
    caseId: current.id,
    version: result.case.version,
    scanStatus: verdict,
  };
}
