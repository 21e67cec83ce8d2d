import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import {
  allowedActions,
  type CaseAction,
  type CaseStatus,
  caseActions,
  caseChanges,
  caseStatuses,
  checkCaseChange,
  isOpenCaseStatus,
  isTerminalCaseStatus,
  nextStatus,
  openCaseStatuses,
  reasonRequiredActions,
  requiresReason,
  terminalCaseStatuses,
} from './state-machine.ts';

// Written out independently of the implementation's table, so a change there must be made twice.
const expected: readonly (readonly [CaseStatus, CaseAction, CaseStatus])[] = [
  ['registered', 'route', 'routed'],
  ['registered', 'divert', 'diverted'],
  ['registered', 'withdraw', 'withdrawn'],
  ['registered', 'supervise', 'registered'],
  ['routed', 'route', 'routed'],
  ['routed', 'accept', 'accepted'],
  ['routed', 'divert', 'diverted'],
  ['routed', 'withdraw', 'withdrawn'],
  ['routed', 'supervise', 'routed'],
  ['accepted', 'assign', 'assigned'],
  ['accepted', 'escalate', 'routed'],
  ['accepted', 'divert', 'diverted'],
  ['accepted', 'withdraw', 'withdrawn'],
  ['accepted', 'supervise', 'accepted'],
  ['assigned', 'reassign', 'assigned'],
  ['assigned', 'startMediation', 'in_mediation'],
  ['assigned', 'escalate', 'routed'],
  ['assigned', 'divert', 'diverted'],
  ['assigned', 'withdraw', 'withdrawn'],
  ['assigned', 'supervise', 'assigned'],
  ['in_mediation', 'recordSession', 'in_mediation'],
  ['in_mediation', 'reassign', 'in_mediation'],
  ['in_mediation', 'reachAgreement', 'agreement_reached'],
  ['in_mediation', 'fail', 'failed'],
  ['in_mediation', 'withdraw', 'withdrawn'],
  ['in_mediation', 'escalate', 'routed'],
  ['in_mediation', 'divert', 'diverted'],
  ['in_mediation', 'supervise', 'in_mediation'],
  ['agreement_reached', 'fileConfirmation', 'awaiting_confirmation'],
  ['agreement_reached', 'close', 'closed'],
  ['agreement_reached', 'supervise', 'agreement_reached'],
  ['failed', 'escalate', 'routed'],
  ['failed', 'close', 'closed'],
  ['failed', 'supervise', 'failed'],
  ['withdrawn', 'close', 'closed'],
  ['withdrawn', 'supervise', 'withdrawn'],
  ['awaiting_confirmation', 'recordConfirmation', 'confirmed'],
  ['awaiting_confirmation', 'recordConfirmationRejection', 'confirmation_rejected'],
  ['awaiting_confirmation', 'supervise', 'awaiting_confirmation'],
  ['confirmed', 'close', 'closed'],
  ['confirmed', 'supervise', 'confirmed'],
  ['confirmation_rejected', 'reopen', 'assigned'],
  ['confirmation_rejected', 'close', 'closed'],
  ['confirmation_rejected', 'supervise', 'confirmation_rejected'],
  ['closed', 'recordFollowUp', 'follow_up_done'],
  ['closed', 'reopen', 'assigned'],
  ['closed', 'supervise', 'closed'],
  ['follow_up_done', 'recordFollowUp', 'follow_up_done'],
  ['follow_up_done', 'reopen', 'assigned'],
];

function expectedTarget(status: CaseStatus, action: CaseAction): CaseStatus | undefined {
  return expected.find(([from, by]) => from === status && by === action)?.[2];
}

const allPairs = caseStatuses.flatMap((status) =>
  caseActions.map((action) => [status, action, expectedTarget(status, action)] as const),
);

function reachableFrom(start: CaseStatus): Set<CaseStatus> {
  const seen = new Set<CaseStatus>([start]);
  const queue = [start];
  for (let status = queue.shift(); status !== undefined; status = queue.shift()) {
    for (const action of allowedActions(status)) {
      const target = nextStatus(status, action);
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

describe('nextStatus, every (status, action) pair', () => {
  const allowed = allPairs.filter(([, , target]) => target !== undefined);
  const refused = allPairs.filter(([, , target]) => target === undefined);

  it('covers the whole product of statuses and actions', () => {
    expect(allPairs).toHaveLength(caseStatuses.length * caseActions.length);
    expect(allowed).toHaveLength(expected.length);
  });

  it.each(allowed)('%s --%s--> %s', (status, action, target) => {
    expect(nextStatus(status, action)).toBe(target);
  });

  it.each(refused)('%s --%s--> refused', (status, action) => {
    let thrown: unknown;
    try {
      nextStatus(status, action);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({
      code: 'CASE_TRANSITION_NOT_ALLOWED',
      details: { status, action },
    });
  });

  it('refuses names inherited from Object.prototype', () => {
    expect(() => nextStatus('registered', 'toString' as CaseAction)).toThrow(AppError);
  });
});

describe('allowedActions', () => {
  it.each(caseStatuses)('lists exactly the allowed actions of %s', (status) => {
    const actions = expected.filter(([from]) => from === status).map(([, action]) => action);
    expect(allowedActions(status)).toEqual(
      caseActions.filter((action) => actions.includes(action)),
    );
  });
});

describe('shape of the machine', () => {
  it('reaches every status from registered', () => {
    expect([...reachableFrom('registered')].sort()).toEqual([...caseStatuses].sort());
  });

  it.each(openCaseStatuses)('lets %s reach closure', (status) => {
    expect(reachableFrom(status).has('closed')).toBe(true);
  });

  it('allows supervision exactly where a deadline can run', () => {
    for (const status of caseStatuses) {
      expect(allowedActions(status).includes('supervise')).toBe(!isTerminalCaseStatus(status));
    }
  });

  it('leaves diverted with no way out', () => {
    expect(allowedActions('diverted')).toEqual([]);
  });

  it('reopens only into assigned, with the assignment to review', () => {
    const reopenable = caseStatuses.filter((status) => allowedActions(status).includes('reopen'));
    expect(reopenable.map((status) => nextStatus(status, 'reopen'))).toEqual(
      reopenable.map(() => 'assigned'),
    );
  });
});

describe('changes that keep the status', () => {
  it('allows each change exactly in its listed statuses', () => {
    for (const [kind, allowed] of Object.entries(caseChanges) as [
      keyof typeof caseChanges,
      readonly CaseStatus[],
    ][]) {
      for (const status of caseStatuses) {
        const check = () => checkCaseChange(status, kind);
        if (allowed.includes(status)) expect(check).not.toThrow();
        else
          expect(check).toThrow(
            expect.objectContaining({
              code: 'CASE_TRANSITION_NOT_ALLOWED',
              details: { status, action: kind },
            }),
          );
      }
    }
  });

  it('records a missed visit wherever a visit may be recorded', () => {
    expect(caseChanges.follow_up_not_carried_out).toEqual(
      caseStatuses.filter((status) => allowedActions(status).includes('recordFollowUp')),
    );
    expect(caseChanges.follow_up_not_carried_out).toEqual(['closed', 'follow_up_done']);
  });

  it('books further sessions only while mediation runs', () => {
    expect(caseChanges.session_scheduled).toEqual(['in_mediation']);
  });
});

describe('open and terminal statuses', () => {
  it('never counts a status as both open and terminal', () => {
    for (const status of caseStatuses) {
      expect(isOpenCaseStatus(status) && isTerminalCaseStatus(status)).toBe(false);
    }
    expect(caseStatuses.filter(isTerminalCaseStatus)).toEqual([...terminalCaseStatuses]);
    expect(terminalCaseStatuses).toEqual(['diverted', 'follow_up_done']);
  });

  it('counts a case as open until it is closed or diverted', () => {
    const notOpen = caseStatuses.filter((status) => !isOpenCaseStatus(status));
    expect(notOpen).toEqual(['diverted', 'closed', 'follow_up_done']);
  });
});

describe('reasons', () => {
  it.each(caseActions)('%s requires a reason only when it is in the list', (action) => {
    const required = ['divert', 'escalate', 'reopen', 'reassign', 'fail'].includes(action);
    expect(requiresReason(action)).toBe(required);
  });

  it('lists only known actions', () => {
    for (const action of reasonRequiredActions) expect(caseActions).toContain(action);
  });
});

describe('random walks from registered', () => {
  it('visit only declared statuses and keep the invariants of each action', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 60 }), (choices) => {
        let status: CaseStatus = 'registered';
        for (const choice of choices) {
          const actions = allowedActions(status);
          const action = actions[choice % Math.max(actions.length, 1)];
          if (action === undefined) break;
          const target = nextStatus(status, action);
          expect(caseStatuses).toContain(target);
          if (action === 'supervise') expect(target).toBe(status);
          if (action === 'close') expect(target).toBe('closed');
          if (isTerminalCaseStatus(status)) expect(action).not.toBe('supervise');
          status = target;
        }
      }),
    );
  });
});
