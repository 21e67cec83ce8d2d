import { describe, expect, it } from 'vitest';
import { caseStatuses, caseTransitions, terminalCaseStatuses } from '../case/state-machine.ts';
import {
  endsFirstSessionWait,
  firstSessionEndingActions,
  lastPerformanceDate,
  runningDeadline,
  runningStages,
} from './running-deadline.ts';

describe('runningDeadline', () => {
  it('follows the stage of the case', () => {
    const dates = {
      acceptance: '2026-03-03',
      firstSession: '2026-03-10',
      mediationConcluded: '2026-04-02',
      judicialConfirmationApplication: '2026-05-06',
      followUp: '2026-06-01',
    };
    expect(runningDeadline('routed', dates)).toEqual({ kind: 'acceptance', dueDate: '2026-03-03' });
    expect(runningDeadline('assigned', dates)).toEqual({
      kind: 'firstSession',
      dueDate: '2026-03-10',
    });
    expect(runningDeadline('agreement_reached', dates)).toEqual({
      kind: 'judicialConfirmationApplication',
      dueDate: '2026-05-06',
    });
    expect(runningDeadline('closed', dates)).toEqual({ kind: 'followUp', dueDate: '2026-06-01' });
    for (const status of ['awaiting_confirmation', 'confirmed', 'failed'] as const) {
      expect(runningDeadline(status, dates)).toBeNull();
    }
  });

  it('runs the conclusion once no first session is awaited', () => {
    expect(
      runningDeadline('in_mediation', { firstSession: null, mediationConcluded: '2026-04-02' }),
    ).toEqual({ kind: 'mediationConcluded', dueDate: '2026-04-02' });
  });

  it('runs the earlier date when the conclusion was set before the first session', () => {
    expect(
      runningDeadline('assigned', { firstSession: '2026-03-10', mediationConcluded: '2026-03-09' }),
    ).toEqual({ kind: 'mediationConcluded', dueDate: '2026-03-09' });
  });

  it('runs nothing without a due date', () => {
    expect(runningDeadline('agreement_reached', { judicialConfirmationApplication: null })).toBe(
      null,
    );
    expect(runningDeadline('registered', {})).toBeNull();
  });

  it('runs nothing in a terminal status', () => {
    for (const status of terminalCaseStatuses) expect(runningStages[status]).toBeUndefined();
  });

  it('runs a deadline only where supervision is allowed', () => {
    for (const status of caseStatuses) {
      if (runningStages[status]) expect(caseTransitions[status]).toHaveProperty('supervise');
    }
  });
});

describe('endsFirstSessionWait', () => {
  it('is true for a held session and for every way out of the mediation stage', () => {
    for (const action of firstSessionEndingActions) expect(endsFirstSessionWait(action)).toBe(true);
    for (const action of ['accept', 'assign', 'reassign', 'startMediation', 'supervise'] as const) {
      expect(endsFirstSessionWait(action)).toBe(false);
    }
  });
});

describe('lastPerformanceDate', () => {
  it('is the latest date the agreement names', () => {
    expect(
      lastPerformanceDate({
        signedOn: '2026-03-01',
        performanceDeadline: '2026-04-30',
        terms: [{ dueDate: '2026-06-30' }, {}, { dueDate: '2026-03-15' }],
      }),
    ).toBe('2026-06-30');
  });

  it('is the day it took effect when it names no date', () => {
    expect(
      lastPerformanceDate({ signedOn: '2026-03-01', performanceDeadline: null, terms: [] }),
    ).toBe('2026-03-01');
  });
});
