// The mediation agreement (调解协议书): written or oral (Arts. 28–30), numbered from the tenant's
// own yearly agreement sequence, rendered as the standard document, stored under the case's
// tenant and fingerprinted with SHA-256 so every reprint is provably the same document.
// Recording it reaches the agreement (if the session did not already) and sets the follow-up
// visit's due date from the performance deadline.
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { agreement, mediationSession, user } from '@concord/db/schema';
import { hashDocument } from '@concord/documents/pdf/hash-document';
import { renderAgreementPdf } from '@concord/documents/pdf/render-agreement';
import { toChinaDate } from '@concord/domain/calendar/calendar-date';
import { formatCaseNumber } from '@concord/domain/case/case-number';
import { computeDueDate } from '@concord/domain/deadline/stage-deadlines';
import { AppError } from '@concord/domain/errors';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { apiError } from '../../errors.ts';
import type { FileStorage } from '../../storage/file-storage.ts';
import { tenantStorageKey } from '../../storage/file-storage.ts';
import {
  loadCaseDeadlineRules,
  loadNumberPrefixes,
  loadTenantRow,
} from '../case/case-configuration.ts';
import {
  type FieldProblem,
  refuseProblems,
  ZCalendarDate,
  ZCaseVersionInput,
} from '../case/field-problems.ts';
import { findCaseHandlers } from '../case/find-case-handlers.ts';
import { type CaseRow, loadCase } from '../case/load-case.ts';
import { nextSequence } from '../case/next-sequence.ts';
import { recordCaseChange } from '../case/record-case-change.ts';
import { transitionCase } from '../case/transition-case.ts';
import { staleVersion } from '../case/update-case-row.ts';
import { committeeName, documentParties, fenToYuan } from './document-parties.ts';
import { findCurrentAgreement } from './find-current-agreement.ts';

const optionalText = (max: number) => z.string().trim().max(max).optional();

export const ZAgreementTermInput = z.object({
  text: z.string().trim().min(1).max(2000),
  amountFen: z.number().int().min(0).max(1e13).optional(),
  dueDate: ZCalendarDate.optional(),
});

export const ZCreateAgreementInput = ZCaseVersionInput.extend({
  kind: z.enum(['written', 'oral']),
  facts: z.string().trim().min(1).max(8000),
  issues: z.string().trim().min(1).max(4000),
  responsibilities: optionalText(4000),
  terms: z.array(ZAgreementTermInput).min(1).max(50),
  performanceManner: z.string().trim().min(1).max(1000),
  performanceTime: optionalText(200),
  performancePlace: optionalText(200),
  performanceDeadline: ZCalendarDate.optional(),
  /** The day it took effect: all parties and the mediator signed, the seal affixed (Art. 29). */
  signedOn: ZCalendarDate,
  /** Default: the mediators of the sessions held. */
  mediatorUserIds: z.array(z.guid()).min(1).max(5).optional(),
  /** 记录人; default: the person recording the agreement. */
  recorder: optionalText(30),
});
export type CreateAgreementInput = z.infer<typeof ZCreateAgreementInput>;

function checkDates(current: CaseRow, input: CreateAgreementInput, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.signedOn > today) problems.push({ path: 'signedOn', reason: 'in_future' });
  if (input.signedOn < toChinaDate(current.registeredAt)) {
    problems.push({ path: 'signedOn', reason: 'before_registration' });
  }
  if (input.performanceDeadline && input.performanceDeadline < input.signedOn) {
    problems.push({ path: 'performanceDeadline', reason: 'before_signing' });
  }
  for (const [index, term] of input.terms.entries()) {
    if (term.dueDate && term.dueDate < input.signedOn) {
      problems.push({ path: `terms.${index}.dueDate`, reason: 'before_signing' });
    }
  }
  return problems;
}

async function mediatorsOf(
  tx: Transaction,
  current: CaseRow,
  input: CreateAgreementInput,
): Promise<{ ids: string[]; problems: FieldProblem[] }> {
  if (input.mediatorUserIds) {
    const handlers = await findCaseHandlers(tx, {
      countyId: current.countyId,
      tenantId: current.tenantId,
      userIds: input.mediatorUserIds,
    });
    const problems = input.mediatorUserIds.flatMap((userId, index) =>
      handlers.has(userId) ? [] : [{ path: `mediatorUserIds.${index}`, reason: 'not_a_handler' }],
    );
    return { ids: [...new Set(input.mediatorUserIds)], problems };
  }
  const held = await tx
    .select({ mediators: mediationSession.mediatorUserIds })
    .from(mediationSession)
    .where(
      and(
        eq(mediationSession.countyId, current.countyId),
        eq(mediationSession.caseId, current.id),
        eq(mediationSession.status, 'held'),
      ),
    );
  const ids = [...new Set(held.flatMap((session) => session.mediators))];
  if (ids.length === 0 && current.responsibleUserId) ids.push(current.responsibleUserId);
  return { ids, problems: [] };
}

async function displayNames(tx: Transaction, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: user.id, displayName: user.displayName })
    .from(user)
    .where(inArray(user.id, userIds));
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

export async function createAgreement(
  tx: Transaction,
  options: {
    countyId: string;
    input: CreateAgreementInput;
    actorUserId: string;
    now: Date;
    storage: FileStorage;
  },
) {
  const { input, now } = options;
  const current = await loadCase(tx, { countyId: options.countyId, caseId: input.caseId });
  if (current.version !== input.expectedVersion) {
    throw staleVersion(input.expectedVersion, current.version);
  }
  if (current.status !== 'in_mediation' && current.status !== 'agreement_reached') {
    throw new AppError('CASE_TRANSITION_NOT_ALLOWED', {
      status: current.status,
      action: 'reachAgreement',
    });
  }
  const existing = await findCurrentAgreement(tx, {
    countyId: current.countyId,
    caseId: current.id,
  });
  if (existing)
    throw apiError('CONFLICT', { reason: 'AGREEMENT_EXISTS', agreementId: existing.id });
  const mediators = await mediatorsOf(tx, current, input);
  refuseProblems([...checkDates(current, input, toChinaDate(now)), ...mediators.problems]);

  const owner = await loadTenantRow(tx, current.tenantId);
  const prefixes = await loadNumberPrefixes(tx, owner);
  const year = Number(input.signedOn.slice(0, 4));
  const sequence = await nextSequence(tx, {
    countyId: current.countyId,
    tenantId: current.tenantId,
    kind: 'agreement',
    year,
  });
  const number = formatCaseNumber({ year, prefix: prefixes.agreementPrefix, sequence });
  const agreementId = newId(now.getTime());

  let document: { bytes: Uint8Array; sha256: string; key: string } | null = null;
  // An oral agreement is entered in the oral-agreement register; only a written one is a document.
  if (input.kind === 'written') {
    const names = await displayNames(tx, [...mediators.ids, options.actorUserId]);
    const bytes = await renderAgreementPdf({
      number,
      parties: await documentParties(tx, { countyId: current.countyId, caseId: current.id }),
      facts: input.facts,
      issues: input.issues,
      responsibilities: input.responsibilities,
      terms: input.terms.map((term) => ({
        text: term.text,
        amountYuan: term.amountFen === undefined ? undefined : fenToYuan(term.amountFen),
        performBy: term.dueDate,
      })),
      performance: {
        manner: input.performanceManner,
        time: input.performanceTime,
        deadline: input.performanceDeadline,
        place: input.performancePlace,
      },
      mediators: mediators.ids.map((id) => names.get(id) ?? ''),
      recorder: input.recorder ?? names.get(options.actorUserId) ?? '',
      committee: await committeeName(tx, current.tenantId),
      signedOn: input.signedOn,
    });
    document = {
      bytes,
      sha256: hashDocument(bytes),
      key: tenantStorageKey(current, 'cases', current.id, `agreement-${agreementId}.pdf`),
    };
  }

  const { deadlines, calendar } = await loadCaseDeadlineRules(tx, current);
  const amountFen = input.terms.reduce((total, term) => total + (term.amountFen ?? 0), 0);
  const change = {
    countyId: current.countyId,
    caseId: current.id,
    expectedVersion: input.expectedVersion,
    actorUserId: options.actorUserId,
    now,
    loaded: current,
    detail: { agreementId, number, kind: input.kind, amountFen },
    patch: {
      followUpBy: computeDueDate(
        input.performanceDeadline ?? input.signedOn,
        deadlines.followUp.rule,
        calendar,
      ),
    },
  };
  const result =
    current.status === 'in_mediation'
      ? await transitionCase(tx, { ...change, action: 'reachAgreement' })
      : await recordCaseChange(tx, {
          ...change,
          kind: 'agreement_recorded',
        });
  // After the case row is updated (and so locked): a concurrent second agreement of the same
  // case waits there and ends in STALE_VERSION rather than in the unique index.
  await tx.insert(agreement).values({
    countyId: current.countyId,
    tenantId: current.tenantId,
    id: agreementId,
    caseId: current.id,
    number,
    kind: input.kind,
    facts: input.facts,
    issues: input.issues,
    responsibilities: input.responsibilities ?? null,
    terms: input.terms,
    performanceManner: input.performanceManner,
    performanceTime: input.performanceTime ?? null,
    performancePlace: input.performancePlace ?? null,
    performanceDeadline: input.performanceDeadline ?? null,
    signedOn: input.signedOn,
    documentSha256: document?.sha256 ?? null,
    documentKey: document?.key ?? null,
    createdAt: now,
  });
  // Stored last: if storing fails the transaction rolls back, so no row points at a missing file.
  if (document) await options.storage.put(document.key, document.bytes);
  return {
    agreementId,
    number,
    caseId: current.id,
    status: result.case.status,
    version: result.case.version,
    documentSha256: document?.sha256 ?? null,
  };
}
