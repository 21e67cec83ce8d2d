import { describe, expect, it } from 'vitest';
import {
  amountFen,
  defaultSubsidyRuleSet,
  fallbackGrade,
  requireValidRuleSet,
  type SubsidyGradeRule,
  type SubsidyRuleSet,
} from './subsidy-rule-set.ts';

function grade(name: string): SubsidyGradeRule {
  const rule = defaultSubsidyRuleSet.grades.find((candidate) => candidate.grade === name);
  if (!rule) throw new Error(`no grade ${name}`);
  return rule;
}

describe('defaultSubsidyRuleSet', () => {
  it('is the rule of DOMAIN.md §7', () => {
    expect(
      defaultSubsidyRuleSet.grades.map((rule) => [rule.grade, amountFen(rule), rule.capShare]),
    ).toEqual([
      ['ordinary', 8000, undefined],
      ['complex', 20000, undefined],
      ['major', 50000, 0.05],
      ['especially_difficult', 100000, 0.02],
      ['litigation_guidance', 10000, undefined],
    ]);
    expect(grade('litigation_guidance').requiresDossier).toBe(true);
    expect(() => requireValidRuleSet(defaultSubsidyRuleSet)).not.toThrow();
  });
});

describe('fallbackGrade', () => {
  it.each([
    ['especially_difficult', 'major'],
    ['major', 'complex'],
    ['complex', 'ordinary'],
    ['litigation_guidance', 'ordinary'],
  ])('%s falls back to %s, never to a grade needing a dossier', (from, to) => {
    expect(fallbackGrade(defaultSubsidyRuleSet, grade(from))?.grade).toBe(to);
  });

  it('has nothing below the cheapest grade', () => {
    expect(fallbackGrade(defaultSubsidyRuleSet, grade('ordinary'))).toBeUndefined();
  });
});

describe('requireValidRuleSet', () => {
  const ordinary = { grade: 'ordinary', amountYuan: 80 };

  it('accepts amounts in whole fen', () => {
    const ruleSet = { version: 'v2', grades: [{ grade: 'ordinary', amountYuan: 80.5 }] };
    expect(() => requireValidRuleSet(ruleSet)).not.toThrow();
    expect(amountFen({ grade: 'ordinary', amountYuan: 80.5 })).toBe(8050);
    expect(amountFen({ grade: 'ordinary', amountYuan: 0.29 })).toBe(29);
  });

  it.each<[string, SubsidyRuleSet]>([
    ['empty_version', { version: ' ', grades: [ordinary] }],
    ['duplicate_grade', { version: 'v', grades: [ordinary, { ...ordinary, amountYuan: 90 }] }],
    ['amount_not_whole_fen', { version: 'v', grades: [{ grade: 'a', amountYuan: 80.001 }] }],
    ['amount_not_whole_fen', { version: 'v', grades: [{ grade: 'a', amountYuan: -1 }] }],
    ['amount_not_whole_fen', { version: 'v', grades: [{ grade: 'a', amountYuan: Number.NaN }] }],
    [
      'cap_share_out_of_range',
      { version: 'v', grades: [ordinary, { grade: 'major', amountYuan: 500, capShare: 1.5 }] },
    ],
    [
      'cap_share_out_of_range',
      { version: 'v', grades: [ordinary, { grade: 'major', amountYuan: 500, capShare: -0.1 }] },
    ],
    [
      'cap_share_out_of_range',
      {
        version: 'v',
        grades: [ordinary, { grade: 'major', amountYuan: 500, capShare: Number.NaN }],
      },
    ],
    [
      'capped_grade_without_lower_grade',
      { version: 'v', grades: [{ grade: 'ordinary', amountYuan: 80, capShare: 0.5 }] },
    ],
    [
      'capped_grade_without_lower_grade',
      {
        version: 'v',
        grades: [
          { grade: 'guidance', amountYuan: 100, requiresDossier: true },
          { grade: 'major', amountYuan: 500, capShare: 0.05 },
        ],
      },
    ],
  ])('refuses %s', (problem, ruleSet) => {
    expect(() => requireValidRuleSet(ruleSet)).toThrow(
      expect.objectContaining({
        code: 'INVALID_SUBSIDY_RULE_SET',
        details: expect.objectContaining({ problem }),
      }),
    );
  });
});
