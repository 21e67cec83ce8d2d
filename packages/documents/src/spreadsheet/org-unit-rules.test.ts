import { describe, expect, it } from 'vitest';
import {
  isTierBelowParent,
  nameLength,
  type OrgUnitTier,
  parseCount,
  parseTier,
} from './org-unit-rules.ts';

// The division-code rules are the domain's: packages/domain/src/org-unit/division-code.test.ts.

const TIERS: OrgUnitTier[] = [1, 2, 3, 4];

describe('parseTier', () => {
  it.each([
    ['1', 1],
    ['2', 2],
    ['3', 3],
    ['4', 4],
    [' 3 ', 3],
    ['2.0', 2],
    ['4.00', 4],
  ])('%j → %i', (raw, tier) => {
    expect(parseTier(raw)).toBe(tier);
  });

  it.each(['', '0', '5', '-1', '1.5', '2.01', '二', 'town', '12', '1e0', '0x2'])(
    '%j is not a tier',
    (raw) => {
      expect(parseTier(raw)).toBeNull();
    },
  );
});

describe('isTierBelowParent', () => {
  it('accepts exactly the tier above', () => {
    for (const tier of TIERS) {
      for (const parentTier of [0, 1, 2, 3, 4, 5]) {
        expect(isTierBelowParent(tier, parentTier), `${tier} under ${parentTier}`).toBe(
          parentTier === tier - 1,
        );
      }
    }
  });
});

describe('parseCount', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['0', 0],
    ['4820', 4820],
    ['4,820', 4820],
    ['1,234,567', 1234567],
    ['4820.0', 4820],
    [' 15 ', 15],
    ['2147483647', 2147483647],
  ])('%j → %j', (raw, value) => {
    expect(parseCount(raw)).toEqual({ ok: true, value });
  });

  it.each(['-1', '12.5', 'abc', '1,23', '12,34,567', '1e3', '2147483648', '一百', '１２'])(
    '%j is invalid',
    (raw) => {
      expect(parseCount(raw)).toEqual({ ok: false });
    },
  );
});

describe('nameLength', () => {
  it('counts characters, not UTF-16 units', () => {
    expect(nameLength('东街社区')).toBe(4);
    expect(nameLength('𠀀村')).toBe(2);
  });
});
