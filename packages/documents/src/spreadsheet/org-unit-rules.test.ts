import { describe, expect, it } from 'vitest';
import {
  isDivisionCodeShapeValid,
  isTierBelowParent,
  nameLength,
  type OrgUnitTier,
  parentPrefixMatches,
  parseCount,
  parseTier,
} from './org-unit-rules.ts';

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

describe('isDivisionCodeShapeValid', () => {
  // Every code against every tier: exactly the listed tiers accept it.
  const cases: [string, OrgUnitTier[]][] = [
    ['330199000000', [1]], // county
    ['110101000000', [1]], // a city district is a county-level unit
    ['330100000000', []], // a city: county part 00
    ['330199100000', [2]], // town
    ['330199001000', [2]], // town part 001
    ['330199100001', [3]], // village
    ['330199100999', [3]],
    ['330199000001', [3]], // village digits under a 000 town part: the shape alone allows it
    ['330199100001001', [4]], // resident unit
    ['330199100001999', [4]],
    ['330199100001000', []], // resident suffix 000
    ['330199100000001', [4]], // 15 digits extending a town code: only the parent check catches it
    ['33019910000', []], // 11 digits
    ['3301991000010', []], // 13 digits
    ['3301991000010011', []], // 16 digits
    ['33019910000A', []],
    ['330199 100000', []],
    ['３３０１９９１０００００', []], // full-width digits
    ['', []],
  ];
  it.each(cases)('%j is valid for tiers %j', (code, validTiers) => {
    for (const tier of TIERS) {
      expect(isDivisionCodeShapeValid(code, tier), `tier ${tier}`).toBe(validTiers.includes(tier));
    }
  });
});

describe('parentPrefixMatches', () => {
  it.each([
    // tier 2: first 6 digits of the county
    ['330199100000', 2, '330199000000', true],
    ['330199100000', 2, '330198000000', false],
    ['330199100000', 2, '330199100000', true], // the digits fit; the tier check rejects a town parent
    // tier 3: first 9 digits of the town
    ['330199100001', 3, '330199100000', true],
    ['330199100001', 3, '330199101000', false],
    ['330199100001', 3, '330199000000', false],
    // tier 4: the whole 12-digit village code
    ['330199100001001', 4, '330199100001', true],
    ['330199100001001', 4, '330199100002', false],
    ['330199100001001', 4, '330199100000', false],
    // parents must themselves be 12-digit codes
    ['330199100001001', 4, '33019910000', false],
    ['330199100001', 3, '330199100000001', false],
    ['330199100001', 3, '', false],
    // a county has no parent
    ['330199000000', 1, '330100000000', false],
  ] as const)('%s (tier %i) under %j → %s', (code, tier, parent, expected) => {
    expect(parentPrefixMatches(code, tier, parent)).toBe(expected);
  });
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
