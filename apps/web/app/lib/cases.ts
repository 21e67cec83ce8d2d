// The words of a case as the pages show them: statuses, tiers, roles of parties, risk colours,
// deadline states, timeline entries — each the catalog key of its label, in the order forms list
// them. Mirrors the API's enums (checked against RouterOutputs where the API exposes them).
import type { RouterOutputs } from '@concord/api';
import { caseStatuses, openCaseStatuses } from '@concord/domain/case/state-machine';
import type { MessageKey, Translate } from '@concord/i18n';
import { isMessageKey } from './messages.ts';

type CaseListRow = RouterOutputs['case']['list']['rows'][number];
type CaseDetail = RouterOutputs['case']['get'];

export type CaseStatus = CaseListRow['status'];
export type RiskColour = NonNullable<CaseListRow['riskColour']>;
export type DeadlineState = NonNullable<CaseListRow['deadline']>['state'];
export type DeadlineKind = NonNullable<CaseListRow['deadline']>['kind'];
export type CaseAction = CaseDetail['allowedActions'][number];
export type PartyRole = CaseDetail['parties'][number]['role'];
export type PartyKind = CaseDetail['parties'][number]['kind'];
export type SessionPlace = CaseDetail['sessions'][number]['place'];
export type SessionOutcome = NonNullable<CaseDetail['sessions'][number]['outcome']>;

// One list of statuses, the domain's: the web only adds their labels.
export { caseStatuses, openCaseStatuses };

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (caseStatuses as readonly string[]).includes(value);
}

export function statusKey(status: CaseStatus): MessageKey {
  return `case.status.${status}`;
}

/**
 * Status badges use their own neutral set (red, yellow and blue mean risk): waiting for
 * someone, being worked, and finished.
 */
export type StatusStage = 'waiting' | 'working' | 'finished';

export function statusStage(status: CaseStatus): StatusStage {
  switch (status) {
    case 'registered':
    case 'routed':
    case 'accepted':
    case 'failed':
    case 'withdrawn':
    case 'confirmation_rejected':
      return 'waiting';
    case 'assigned':
    case 'in_mediation':
    case 'agreement_reached':
    case 'awaiting_confirmation':
    case 'confirmed':
      return 'working';
    case 'diverted':
    case 'closed':
    case 'follow_up_done':
      return 'finished';
  }
}

export const tierLevels = [1, 2, 3] as const;
export type TierLevel = (typeof tierLevels)[number];

export function isTierLevel(value: unknown): value is TierLevel {
  return value === 1 || value === 2 || value === 3;
}

export const riskColours = ['red', 'yellow', 'blue'] as const satisfies readonly RiskColour[];

export function isRiskColour(value: unknown): value is RiskColour {
  return typeof value === 'string' && (riskColours as readonly string[]).includes(value);
}

export const partyRoles = [
  'applicant',
  'respondent',
  'third_party',
  'representative',
] as const satisfies readonly PartyRole[];

export const partyKinds = ['person', 'organisation'] as const satisfies readonly PartyKind[];

export const urgencies = ['normal', 'urgent'] as const;

export const sessionPlaces = [
  'room',
  'on_site',
  'online',
] as const satisfies readonly SessionPlace[];

export const sessionOutcomes = [
  'agreement',
  'partial',
  'failed',
  'withdrawn',
] as const satisfies readonly SessionOutcome[];

export const caseResults = ['resolved', 'partially_resolved', 'unresolved', 'withdrawn'] as const;
export type CaseResult = (typeof caseResults)[number];

/** The results a case in `status` may close with, the usual one first (the API's resultsFor). */
export function resultsFor(status: CaseStatus): readonly CaseResult[] {
  switch (status) {
    case 'agreement_reached':
    case 'confirmed':
      return ['resolved', 'partially_resolved'];
    case 'confirmation_rejected':
      return ['resolved', 'partially_resolved', 'unresolved'];
    case 'failed':
      return ['unresolved'];
    case 'withdrawn':
      return ['withdrawn'];
    default:
      return [];
  }
}

export const divertTargets = ['police', 'court'] as const;
export const followUpPerformed = ['yes', 'partly', 'no'] as const;
export const followUpSatisfaction = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export const followUpNotCarriedOutReasons = [
  'party_unreachable',
  'party_refused',
  'party_moved_away',
  'other',
] as const satisfies readonly NonNullable<CaseDetail['followUps'][number]['notCarriedOutReason']>[];

/** Referrals by these bodies say who referred and under which reference. */
export const referralChannels = ['police_referral', 'court_referral', 'procuratorate_referral'];

/** The label of a timeline entry's kind; an unknown kind shows as stored. */
export function eventKindLabel(t: Translate, kind: string): string {
  const key = `case.event.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}

/** A money amount typed in yuan (12.5, 1,200, ¥300) as fen; null when it is not one. */
export function yuanToFen(text: string): number | null {
  const clean = text.normalize('NFKC').replace(/[\s,¥￥元]/g, '');
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(clean)) return null;
  const [whole = '0', fraction = ''] = clean.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Fen as yuan with two decimals: 35000 → "350.00". */
export function fenToYuanText(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
