// The result recorded when a case closes (办结), and which results fit the status it closes from:
// a case with an agreement resolved the dispute (wholly or partly); a failed one did not.
import type { CaseStatus } from '@concord/domain/case/state-machine';

export const caseResults = ['resolved', 'partially_resolved', 'unresolved', 'withdrawn'] as const;
export type CaseResult = (typeof caseResults)[number];

const resultsByStatus: Partial<Record<CaseStatus, readonly CaseResult[]>> = {
  agreement_reached: ['resolved', 'partially_resolved'],
  confirmed: ['resolved', 'partially_resolved'],
  // Rejected confirmation: the agreement still binds as a contract and may be performed anyway.
  confirmation_rejected: ['resolved', 'partially_resolved', 'unresolved'],
  failed: ['unresolved'],
  withdrawn: ['withdrawn'],
};

/** The results a case in `status` may close with, the usual one first. */
export function resultsFor(status: CaseStatus): readonly CaseResult[] {
  return resultsByStatus[status] ?? [];
}
