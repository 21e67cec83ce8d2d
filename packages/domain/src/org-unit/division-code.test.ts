import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  divisionCodeLength,
  isDivisionCodeShapeValid,
  isOrgUnitTier,
  type OrgUnitTier,
  parentCodePrefix,
  parentPrefixMatches,
} from './division-code.ts';

const TIERS: OrgUnitTier[] = [1, 2, 3, 4];

describe('isOrgUnitTier', () => {
  it('accepts 1–4 only', () => {
    expect([0, 1, 2, 3, 4, 5, 2.5, -1].filter(isOrgUnitTier)).toEqual([1, 2, 3, 4]);
  });
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

describe('divisionCodeLength', () => {
  it('is 12 digits, 15 for a resident unit', () => {
    expect(TIERS.map(divisionCodeLength)).toEqual([12, 12, 12, 15]);
  });
});

describe('parentCodePrefix', () => {
  it.each([
    [2, '330199000000', '330199'],
    [3, '330199100000', '330199100'],
    [4, '330199100001', '330199100001'],
    [1, '330100000000', null], // a county has no parent
    [4, '330199100001001', null], // a resident unit is never a parent
    [3, '33019910000', null],
    [3, '', null],
  ] as const)('tier %i under %j → %j', (tier, parent, prefix) => {
    expect(parentCodePrefix(tier, parent)).toBe(prefix);
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

  it('accepts every well-shaped code built on its parent, from village to resident unit', () => {
    const digits = (length: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
    const part = digits(3).filter((value) => value !== '000');
    fc.assert(
      fc.property(digits(6), part, part, part, (county, town, village, unit) => {
        const townCode = `${county}${town}000`;
        const villageCode = `${county}${town}${village}`;
        const unitCode = `${villageCode}${unit}`;
        expect(isDivisionCodeShapeValid(villageCode, 3)).toBe(true);
        expect(parentPrefixMatches(villageCode, 3, townCode)).toBe(true);
        expect(isDivisionCodeShapeValid(unitCode, 4)).toBe(true);
        expect(parentPrefixMatches(unitCode, 4, villageCode)).toBe(true);
        // Under another village the same suffix no longer fits.
        const otherVillage = `${villageCode.slice(0, 9)}${village === '999' ? '998' : '999'}`;
        expect(parentPrefixMatches(unitCode, 4, otherVillage)).toBe(false);
      }),
    );
  });
});
