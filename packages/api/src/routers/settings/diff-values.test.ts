import { describe, expect, it } from 'vitest';
import { diffValues } from './diff-values.ts';

describe('diffValues', () => {
  it('names each changed leaf by its path', () => {
    const before = { depth: 4, names: ['县', '乡镇'], nested: { a: 1, b: { c: 2 } } };
    const after = { depth: 3, names: ['县', '镇'], nested: { a: 1, b: { c: 3 } }, added: true };
    expect(diffValues(before, after)).toEqual([
      { path: 'added', from: null, to: true },
      { path: 'depth', from: 4, to: 3 },
      { path: 'names', from: ['县', '乡镇'], to: ['县', '镇'] },
      { path: 'nested.b.c', from: 2, to: 3 },
    ]);
  });

  it('is empty for equal values and whole for a changed root', () => {
    expect(diffValues({ a: [1, 2] }, { a: [1, 2] })).toEqual([]);
    expect(diffValues(null, { a: 1 })).toEqual([{ path: '', from: null, to: { a: 1 } }]);
  });
});
