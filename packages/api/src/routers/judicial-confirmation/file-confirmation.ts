// Judicial confirmation (司法确认): the parties' joint application goes to the court with the
// committee's transfer letter (移送函) and the agreement. It must be filed within 30 days of the
// agreement taking effect (人民调解法 Art. 33; the county may configure the period), so a later
// filing is refused. The letter is rendered, stored under the case's tenant and fingerprinted.
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { judicialConfirmation } from '@concord/db/schema';
import { hashDocument } from '@concord/documents/pdf/hash-document';
import { renderTransferLetterPdf } from '@concord/documents/pdf/render-transfer-letter';
import { toChinaDate } from '@concord/domain/calendar/calendar-date';
import { z } from 'zod';
import type { FileStorage } from '../../storage/file-storage.ts';
import { tenantStorageKey } from '../../storage/file-storage.ts';
import { committeeName, documentParties } from '../agreement/document-parties.ts';
import { findCurrentAgreement } from '../agreement/find-current-agreement.ts';
import { findCategory, loadCaseDeadlineRules } from '../case/case-configuration.ts';
import { confirmationDueDate } from '../case/current-deadline.ts';
import {
  type FieldProblem,
  validationFailed,
  ZCalendarDate,
  ZCaseVersionInput,
} from '../case/field-problems.ts';
import { loadCase } from '../case/load-case.ts';
import { transitionCase } from '../case/transition-case.ts';
import { staleVersion } from '../case/update-case-row.ts';

export const ZFileConfirmationInput = ZCaseVersionInput.extend({
  courtName: z.string().trim().min(2).max(60),
  filedOn: ZCalendarDate,
  /** Who at the committee the court may call, and how; default: the person filing. */
  contactPerson: z.string().trim().min(1).max(30).optional(),
  contactPhone: z.string().trim().min(5).max(30),
});
export type FileConfirmationInput = z.infer<typeof ZFileConfirmationInput>;

export async function fileConfirmation(
  tx: Transaction,
  options: {
    countyId: string;
    input: FileConfirmationInput;
    actorUserId: string;
    actorName: string;
    now: Date;
    storage: FileStorage;
  },
) {
  const { input, now } = options;
  const current = await loadCase(tx, { countyId: options.countyId, caseId: input.caseId });
  if (current.version !== input.expectedVersion) {
    throw staleVersion(input.expectedVersion, current.version);
  }
  const signed = await findCurrentAgreement(tx, { countyId: current.countyId, caseId: current.id });
  const problems: FieldProblem[] = [];
  if (!signed) problems.push({ path: 'caseId', reason: 'agreement_missing' });
  else if (signed.kind !== 'written') problems.push({ path: 'caseId', reason: 'oral_agreement' });
  if (input.filedOn > toChinaDate(now)) problems.push({ path: 'filedOn', reason: 'in_future' });
  if (signed && input.filedOn < signed.signedOn) {
    problems.push({ path: 'filedOn', reason: 'before_agreement' });
  }
  if (!signed || problems.length > 0) throw validationFailed(problems);

  // The same last day the case's running deadline shows, so the page and the refusal agree.
  const lastDay = confirmationDueDate(signed.signedOn, await loadCaseDeadlineRules(tx, current));
  if (input.filedOn > lastDay) {
    throw validationFailed([{ path: 'filedOn', reason: 'CONFIRMATION_WINDOW_PASSED' }], {
      reason: 'CONFIRMATION_WINDOW_PASSED',
      lastDay,
    });
  }

  const confirmationId = newId(now.getTime());
  const category = await findCategory(tx, {
    countyId: current.countyId,
    categoryId: current.categoryId,
  });
  const bytes = await renderTransferLetterPdf({
    court: input.courtName,
    committee: await committeeName(tx, current.tenantId),
    parties: await documentParties(tx, { countyId: current.countyId, caseId: current.id }),
    disputeType: category?.name ?? '民间纠纷',
    agreementNumber: signed.number,
    agreementSignedOn: signed.signedOn,
    contactPerson: input.contactPerson ?? options.actorName,
    contactPhone: input.contactPhone,
    issuedOn: input.filedOn,
  });
  const sha256 = hashDocument(bytes);
  const key = tenantStorageKey(
    current,
    'cases',
    current.id,
    `transfer-letter-${confirmationId}.pdf`,
  );
  const result = await transitionCase(tx, {
    countyId: current.countyId,
    caseId: current.id,
    expectedVersion: input.expectedVersion,
    action: 'fileConfirmation',
    actorUserId: options.actorUserId,
    now,
    loaded: current,
    detail: {
      confirmationId,
      agreementId: signed.id,
      courtName: input.courtName,
      filedOn: input.filedOn,
      lastDay,
    },
  });
  await tx.insert(judicialConfirmation).values({
    countyId: current.countyId,
    tenantId: current.tenantId,
    id: confirmationId,
    caseId: current.id,
    courtName: input.courtName,
    filedOn: input.filedOn,
    letterSha256: sha256,
    letterKey: key,
    createdAt: now,
  });
  await options.storage.put(key, bytes);
  return {
    confirmationId,
    caseId: current.id,
    status: result.case.status,
    version: result.case.version,
    letterSha256: sha256,
  };
}
