import { AppError } from '../errors.ts';

/**
 * The one state machine of a mediation case (DOMAIN.md §4, §10). The tier and unit handling the
 * case live beside the status, so routing to another tier or committee and escalating upward
 * both land in `routed`: the receiving unit must accept the case again.
 */
export const caseStatuses = [
  'registered', // 受理登记: intake form filled, not yet routed
  'routed', // 分流/归口: sent to a village, town, county centre or industry committee
  'accepted', // 签收: the receiving unit took the case on
  'assigned', // 四定三包: lead official, department, person and deadline fixed
  'in_mediation', // 调解中: sessions being held
  'agreement_reached', // 达成协议: signed, being performed; confirmation may still be applied for
  'failed', // 调解不成: terminated, parties advised of other remedies (Art. 26)
  'withdrawn', // 终止: a party expressly refused mediation (Art. 17)
  'diverted', // 转警/转诉: not a mediation matter; ends the case here
  'awaiting_confirmation', // 司法确认申请中: filed with the court
  'confirmed', // 已司法确认: enforceable
  'confirmation_rejected', // 驳回确认申请: parties may re-mediate or sue
  'closed', // 办结: result recorded, eligible for a subsidy claim, follow-up pending
  'follow_up_done', // 已回访: the closed loop is complete
] as const;

export type CaseStatus = (typeof caseStatuses)[number];

export const caseActions = [
  'route',
  'divert',
  'accept',
  'assign',
  'reassign',
  'startMediation',
  'recordSession',
  'reachAgreement',
  'fail',
  'withdraw',
  'escalate',
  'fileConfirmation',
  'recordConfirmation',
  'recordConfirmationRejection',
  'close',
  'recordFollowUp',
  'reopen',
  'supervise',
] as const;

export type CaseAction = (typeof caseActions)[number];

type Transitions = Readonly<Partial<Record<CaseAction, CaseStatus>>>;

// Until an agreement is signed a party may refuse mediation (Art. 17) and the matter may turn out
// to belong to the police or the court.
const beforeAgreement = { withdraw: 'withdrawn', divert: 'diverted' } as const;

/**
 * Every allowed move. `supervise` (督办) records supervision of an overdue case without moving
 * it, so it is allowed wherever a deadline can run, i.e. in every status that is not terminal.
 */
export const caseTransitions: Readonly<Record<CaseStatus, Transitions>> = {
  registered: { route: 'routed', ...beforeAgreement, supervise: 'registered' },
  // `route` again: the receiving unit declined and triage sends the case elsewhere.
  routed: { route: 'routed', accept: 'accepted', ...beforeAgreement, supervise: 'routed' },
  accepted: {
    assign: 'assigned',
    escalate: 'routed',
    ...beforeAgreement,
    supervise: 'accepted',
  },
  assigned: {
    reassign: 'assigned',
    startMediation: 'in_mediation',
    escalate: 'routed',
    ...beforeAgreement,
    supervise: 'assigned',
  },
  in_mediation: {
    recordSession: 'in_mediation',
    reassign: 'in_mediation',
    reachAgreement: 'agreement_reached',
    fail: 'failed',
    escalate: 'routed',
    ...beforeAgreement,
    supervise: 'in_mediation',
  },
  // Closing without filing: the parties did not apply for confirmation, e.g. performed on the spot.
  agreement_reached: {
    fileConfirmation: 'awaiting_confirmation',
    close: 'closed',
    supervise: 'agreement_reached',
  },
  // A failed village mediation goes up to the town (escalation) or closes with advice.
  failed: { escalate: 'routed', close: 'closed', supervise: 'failed' },
  withdrawn: { close: 'closed', supervise: 'withdrawn' },
  diverted: {},
  awaiting_confirmation: {
    recordConfirmation: 'confirmed',
    recordConfirmationRejection: 'confirmation_rejected',
    supervise: 'awaiting_confirmation',
  },
  confirmed: { close: 'closed', supervise: 'confirmed' },
  // 民事诉讼法 Art. 206: after a rejection the parties may mediate again or go to court.
  confirmation_rejected: {
    reopen: 'assigned',
    close: 'closed',
    supervise: 'confirmation_rejected',
  },
  // The follow-up visit is due at the performance deadline and may be overdue, hence supervised.
  closed: { recordFollowUp: 'follow_up_done', reopen: 'assigned', supervise: 'closed' },
  // Red-risk cases get further visits; a visit finding the agreement unperformed reopens.
  follow_up_done: { recordFollowUp: 'follow_up_done', reopen: 'assigned' },
};

/** Statuses of a case not yet closed: duplicate-intake checks and caseload counts use them. */
export const openCaseStatuses = [
  'registered',
  'routed',
  'accepted',
  'assigned',
  'in_mediation',
  'agreement_reached',
  'failed',
  'withdrawn',
  'awaiting_confirmation',
  'confirmed',
  'confirmation_rejected',
] as const satisfies readonly CaseStatus[];

/**
 * Statuses where nothing is due and no deadline runs, so overdue sweeps skip them. `closed` is
 * neither open nor terminal: its follow-up visit is still due. Only an exceptional `reopen` or
 * an extra visit leaves `follow_up_done`.
 */
export const terminalCaseStatuses = [
  'diverted',
  'follow_up_done',
] as const satisfies readonly CaseStatus[];

/** Actions that must carry a written reason: each one counts against a figure or a party. */
export const reasonRequiredActions = [
  'divert',
  'escalate',
  'reopen',
  'reassign',
  'fail',
] as const satisfies readonly CaseAction[];

export function isOpenCaseStatus(status: CaseStatus): boolean {
  return (openCaseStatuses as readonly CaseStatus[]).includes(status);
}

export function isTerminalCaseStatus(status: CaseStatus): boolean {
  return (terminalCaseStatuses as readonly CaseStatus[]).includes(status);
}

export function requiresReason(action: CaseAction): boolean {
  return (reasonRequiredActions as readonly CaseAction[]).includes(action);
}

/** The status after `action`; throws `CASE_TRANSITION_NOT_ALLOWED` when the action is not allowed. */
export function nextStatus(status: CaseStatus, action: CaseAction): CaseStatus {
  const transitions = caseTransitions[status];
  const target = Object.hasOwn(transitions, action) ? transitions[action] : undefined;
  if (target === undefined) {
    throw new AppError('CASE_TRANSITION_NOT_ALLOWED', { status, action });
  }
  return target;
}

/** The actions allowed in `status`, in the order of `caseActions`. */
export function allowedActions(status: CaseStatus): CaseAction[] {
  const transitions = caseTransitions[status];
  return caseActions.filter((action) => Object.hasOwn(transitions, action));
}

/** Statuses where `recordFollowUp` is allowed: a visit, carried out or not, may be recorded. */
const visitStatuses = caseStatuses.filter((status) =>
  Object.hasOwn(caseTransitions[status], 'recordFollowUp'),
);

/**
 * Changes that leave the status as it is (each a timeline entry of its own kind), and the
 * statuses in which each makes sense. With the transitions above, the whole of what may happen
 * to a case.
 */
export const caseChanges = {
  // A session is booked once mediation has started (the first one starts it, as a transition).
  session_scheduled: ['in_mediation'],
  // A booking can be released whatever became of the case since.
  session_cancelled: caseStatuses,
  // The agreement document follows the outcome "agreement reached".
  agreement_recorded: ['agreement_reached'],
  attachment_added: caseStatuses,
  follow_up_not_carried_out: visitStatuses,
} as const satisfies Record<string, readonly CaseStatus[]>;
export type CaseChangeKind = keyof typeof caseChanges;

/** Throws `CASE_TRANSITION_NOT_ALLOWED` when the change makes no sense in `status`. */
export function checkCaseChange(status: CaseStatus, kind: CaseChangeKind): void {
  if (!(caseChanges[kind] as readonly CaseStatus[]).includes(status)) {
    throw new AppError('CASE_TRANSITION_NOT_ALLOWED', { status, action: kind });
  }
}
