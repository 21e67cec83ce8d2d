// A change to a case that is not a move of the state machine (a session scheduled or cancelled,
// an agreement document recorded, an attachment added): same optimistic lock and timeline entry
// as transitionCase, but the status stays as it is, and only where the domain's `caseChanges`
// allows it.
import type { Transaction } from '@concord/db/client';
import { type CaseChangeKind, checkCaseChange } from '@concord/domain/case/state-machine';
import { appendCaseEvent, type CaseEventRow } from './append-case-event.ts';
import { type CaseRow, loadCase } from './load-case.ts';
import { type CasePatch, changesOf, staleVersion, updateCaseRow } from './update-case-row.ts';

export interface RecordCaseChangeOptions {
  countyId: string;
  caseId: string;
  expectedVersion: number;
  /** The timeline entry's kind, e.g. 'session_scheduled'. */
  kind: CaseChangeKind;
  actorUserId: string | null;
  now: Date;
  reason?: string | null | undefined;
  detail?: Record<string, unknown>;
  patch?: CasePatch;
  loaded?: CaseRow;
}

export async function recordCaseChange(
  tx: Transaction,
  options: RecordCaseChangeOptions,
): Promise<{ case: CaseRow; event: CaseEventRow }> {
  const current =
    options.loaded ?? (await loadCase(tx, { countyId: options.countyId, caseId: options.caseId }));
  if (current.version !== options.expectedVersion) {
    throw staleVersion(options.expectedVersion, current.version);
  }
  checkCaseChange(current.status, options.kind);
  const patch = options.patch ?? {};
  const changes = changesOf(current, patch);
  const updated = await updateCaseRow(tx, {
    current,
    expectedVersion: options.expectedVersion,
    status: current.status,
    patch,
    now: options.now,
  });
  const event = await appendCaseEvent(tx, {
    caseRef: updated,
    kind: options.kind,
    actorUserId: options.actorUserId,
    at: options.now,
    reason: options.reason?.trim() || null,
    detail: {
      ...options.detail,
      ...(Object.keys(changes).length > 0 ? { changes } : {}),
    },
  });
  return { case: updated, event };
}
