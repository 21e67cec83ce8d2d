import { describe, expect, it } from 'vitest';
import { diffValues, historyWithChanges } from './setting-diff.ts';

describe('diffValues', () => {
  it('names each changed leaf by its path and compares lists whole', () => {
    expect(
      diffValues(
        { depth: 4, names: ['县', '乡镇', '村(社区)', '村民小组'] },
        { depth: 4, names: ['市', '区', '街道', '社区'] },
      ),
    ).toEqual([
      {
        path: ['names'],
        from: ['县', '乡镇', '村(社区)', '村民小组'],
        to: ['市', '区', '街道', '社区'],
      },
    ]);
  });

  it('reports added and removed keys with null on the missing side', () => {
    expect(
      diffValues(
        { stages: { acceptance: { rule: { amount: 3 } } }, categoryOverrides: {} },
        { stages: { acceptance: { rule: { amount: 5 } } }, categoryOverrides: { a: { x: 1 } } },
      ),
    ).toEqual([
      { path: ['categoryOverrides', 'a'], from: null, to: { x: 1 } },
      { path: ['stages', 'acceptance', 'rule', 'amount'], from: 3, to: 5 },
    ]);
  });

  it('finds nothing between equal values', () => {
    expect(diffValues({ a: [1, 2] }, { a: [1, 2] })).toEqual([]);
  });
});

describe('historyWithChanges', () => {
  const at = new Date('2026-01-01T00:00:00Z');
  it('compares each version with the one before it, newest first', () => {
    const history = historyWithChanges([
      { version: 3, changedAt: at, changedBy: '王', value: { prefix: 'C' } },
      { version: 2, changedAt: at, changedBy: '王', value: { prefix: 'B' } },
      { version: 1, changedAt: at, changedBy: null, value: { prefix: 'A' } },
    ]);
    expect(history.map((entry) => entry.changes)).toEqual([
      [{ path: ['prefix'], from: 'B', to: 'C' }],
      [{ path: ['prefix'], from: 'A', to: 'B' }],
      null,
    ]);
  });

  it('leaves a version without its predecessor uncompared (the list was cut)', () => {
    const history = historyWithChanges([
      { version: 9, changedAt: at, changedBy: null, value: 1 },
      { version: 7, changedAt: at, changedBy: null, value: 2 },
    ]);
    expect(history[0]?.changes).toBeNull();
  });
});
