// Adds a file to a case (photos of the site, an ID card copy, a contract, a spreadsheet of
// wages owed): checked, scanned and stored as attachment-file.ts says, and noted on the timeline.
import type { Transaction } from '@concord/db/client';
import type { z } from 'zod';
import type { FileStorage } from '../../storage/file-storage.ts';
import type { ScanHook } from '../../storage/scan-hook.ts';
import { validationFailed, ZCaseVersionInput } from '../case/field-problems.ts';
import { loadCase } from '../case/load-case.ts';
import { recordCaseChange } from '../case/record-case-change.ts';
import { staleVersion } from '../case/update-case-row.ts';
import {
  checkAttachmentFile,
  insertAttachment,
  storeAttachments,
  ZAttachmentFile,
} from './attachment-file.ts';

export const ZUploadAttachmentInput = ZCaseVersionInput.extend(ZAttachmentFile.shape);
export type UploadAttachmentInput = z.infer<typeof ZUploadAttachmentInput>;

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
  const checked = await checkAttachmentFile(input, {
    scanHook: options.scanHook,
    pathOf: (field) => field,
  });
  if (!checked.file) throw validationFailed(checked.problems);
  const added = await insertAttachment(tx, {
    caseRef: current,
    file: checked.file,
    actorUserId: options.actorUserId,
    now,
  });
  // Files may be added whatever the status, e.g. photos from a follow-up visit.
  const result = await recordCaseChange(tx, {
    countyId: current.countyId,
    caseId: current.id,
    expectedVersion: input.expectedVersion,
    kind: 'attachment_added',
    actorUserId: options.actorUserId,
    now,
    loaded: current,
    detail: added.eventDetail,
  });
  await storeAttachments(options.storage, [added]);
  return {
    attachmentId: added.attachmentId,
    caseId: current.id,
    version: result.case.version,
    scanStatus: checked.file.scanStatus,
  };
}
