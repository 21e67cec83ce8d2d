// THE way a case changes status: load it under row-level security, ask the one state machine
// (packages/domain) for the next status, insist on a reason where the action needs one, update
// it under the optimistic lock and append the timeline entry, all in the caller's transaction.
import type { Transaction } from '@concord/db/client';
import { type CaseAction, nextStatus, requiresReason } from '@concord/domain/case/state-machine';
import { endsFirstSessionWait } from '@concord/domain/deadline/running-deadline';
import { appendCaseEvent, type CaseEventRow } from './append-case-event.ts';
import { validationFailed } from './field-problems.ts';
import { type CaseRow, loadCase } from './load-case.ts';
import { type CasePatch, changesOf, staleVersion, updateCaseRow } from './update-case-row.ts';

export interface TransitionCaseOptions {
  countyId: string;
  caseId: string;
  expectedVersion: number;
  action: CaseAction;
  reason?: string | null | undefined;
  actorUserId: string | null;
  now: Date;
  /** Extra facts for the timeline entry (e.g. the session or agreement it concerns). */
  detail?: Record<string, unknown>;
  /** Columns changed together with the status (tier, four fixes, due dates …). */
  patch?: CasePatch;
  /** A use case that already loaded the case (to validate against it) passes it here. */
  loaded?: CaseRow;
}

export interface TransitionResult {
  case: CaseRow;
  event: CaseEventRow;
}

export async function transitionCase(
  tx: Transaction,
  options: TransitionCaseOptions,
): Promise<TransitionResult> {
  const current =
    options.loaded ?? (await loadCase(tx, { countyId: options.countyId, caseId: options.caseId }));
  // Checked before the state machine, so a client working from an old page learns that the case
  // moved on rather than a confusing "not allowed" computed from a status it never saw.
  if (current.version !== options.expectedVersion) {
    throw staleVersion(options.expectedVersion, current.version);
  }
  const status = nextStatus(current.status, options.action);
  const reason = options.reason?.trim() || null;
  if (requiresReason(options.action) && !reason) {
    throw validationFailed([{ path: 'reason', reason: 'required' }]);
  }
  // Here rather than in each use case: recording a held session is the mediation-session
  // router's, and every way out of the mediation stage must end the wait as well.
  const patch = endsFirstSessionWait(options.action)
    ? { ...options.patch, firstSessionBy: null }
    : (options.patch ?? {});
  const changes = changesOf(current, patch);
  const updated = await updateCaseRow(tx, {
    current,
    expectedVersion: options.expectedVersion,
    status,
    patch,
    now: options.now,
  });
  const event = await appendCaseEvent(tx, {
    caseRef: updated,
    kind: options.action,
    actorUserId: options.actorUserId,
    at: options.now,
    fromStatus: current.status,
    toStatus: status,
    reason,
    detail: {
      ...options.detail,
      ...(Object.keys(changes).length > 0 ? { changes } : {}),
    },
  });
  return { case: updated, event };
}
