// One attached file, whichever form brings it (the case page's upload, the intake form): at most
// 10 MB, of an allowed type proven by its bytes, passed through the virus scan hook, its row
// under the case's tenant, its bytes stored last.
import { createHash } from 'node:crypto';
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { attachment } from '@concord/db/schema';
import { z } from 'zod';
import { type FileStorage, tenantStorageKey } from '../../storage/file-storage.ts';
import { noScan, type ScanHook, type ScanVerdict } from '../../storage/scan-hook.ts';
import type { FieldProblem } from '../case/field-problems.ts';
import {
  type AttachmentType,
  attachmentTypes,
  detectFileType,
  extensionOf,
} from './detect-file-type.ts';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const ZAttachmentFile = z.object({
  fileName: z.string().trim().min(1).max(200),
  /** The file, base64-encoded (a multipart upload route can replace this later). */
  contentBase64: z.base64().max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4),
});
export type AttachmentFile = z.infer<typeof ZAttachmentFile>;

export interface CheckedFile {
  fileName: string;
  bytes: Uint8Array;
  type: AttachmentType;
  scanStatus: ScanVerdict;
}

/** The name as shown: no folders a browser may include, no control characters. */
function displayName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/[\p{Cc}\p{Cf}]/gu, '').trim() || 'file';
}

type FileField = keyof AttachmentFile;

/**
 * Checks a file and, if it passes, scans it. Problems are reported at `pathOf(field)`, so each
 * form can name the file its own way. Writes nothing.
 */
export async function checkAttachmentFile(
  input: AttachmentFile,
  options: { scanHook: ScanHook | undefined; pathOf: (field: FileField) => string },
): Promise<{ file: CheckedFile; problems: [] } | { file: null; problems: FieldProblem[] }> {
  const bytes = new Uint8Array(Buffer.from(input.contentBase64, 'base64'));
  const fileName = displayName(input.fileName);
  const type = detectFileType(bytes);
  const problems: FieldProblem[] = [];
  const problem = (field: FileField, reason: string) =>
    problems.push({ path: options.pathOf(field), reason });
  if (bytes.byteLength === 0) problem('contentBase64', 'empty');
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) problem('contentBase64', 'too_large');
  if (bytes.byteLength > 0 && type === null) problem('contentBase64', 'unsupported_type');
  const extensions: readonly string[] = type ? attachmentTypes[type].extensions : [];
  if (type !== null && !extensions.includes(extensionOf(fileName))) {
    problem('fileName', 'type_mismatch');
  }
  if (type === null || problems.length > 0) return { file: null, problems };
  const scanStatus = await (options.scanHook ?? noScan)(bytes);
  if (scanStatus === 'infected') {
    return {
      file: null,
      problems: [{ path: options.pathOf('contentBase64'), reason: 'infected' }],
    };
  }
  return { file: { fileName, bytes, type, scanStatus }, problems: [] };
}

export interface AddedAttachment {
  attachmentId: string;
  storageKey: string;
  bytes: Uint8Array;
  /** What the file's `attachment_added` timeline entry records. */
  eventDetail: { attachmentId: string; fileName: string; contentType: string };
}

/** The file's row; its bytes are stored by `storeAttachments` once everything else is written. */
export async function insertAttachment(
  tx: Transaction,
  options: {
    caseRef: { countyId: string; tenantId: string; id: string };
    file: CheckedFile;
    actorUserId: string;
    now: Date;
  },
): Promise<AddedAttachment> {
  const { caseRef, file, now } = options;
  const attachmentId = newId(now.getTime());
  const storageKey = tenantStorageKey(caseRef, 'cases', caseRef.id, 'attachments', attachmentId);
  const { contentType } = attachmentTypes[file.type];
  await tx.insert(attachment).values({
    countyId: caseRef.countyId,
    tenantId: caseRef.tenantId,
    id: attachmentId,
    caseId: caseRef.id,
    fileName: file.fileName,
    contentType,
    sizeBytes: file.bytes.byteLength,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    storageKey,
    scanStatus: file.scanStatus,
    uploadedBy: options.actorUserId,
    createdAt: now,
  });
  return {
    attachmentId,
    storageKey,
    bytes: file.bytes,
    eventDetail: { attachmentId, fileName: file.fileName, contentType },
  };
}

/**
 * Stores the files' bytes: called last in a use case, so that if storing fails the transaction
 * rolls back and no row points at nothing. The files this call already stored are removed
 * then, so none is left without a row either.
 */
export async function storeAttachments(
  storage: FileStorage,
  added: readonly AddedAttachment[],
): Promise<void> {
  const stored: string[] = [];
  try {
    for (const file of added) {
      await storage.put(file.storageKey, file.bytes);
      stored.push(file.storageKey);
    }
  } catch (error) {
    await Promise.all(stored.map((key) => storage.delete(key).catch(() => {})));
    throw error;
  }
}
