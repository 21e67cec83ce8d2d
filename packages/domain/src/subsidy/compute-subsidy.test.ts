import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSubsidyClaims, type SubsidyCase } from './compute-subsidy.ts';
import {
  defaultSubsidyRuleSet,
  type SubsidyGradeRule,
  type SubsidyRuleSet,
} from './subsidy-rule-set.ts';

function casesOf(grades: readonly string[], hasDossier = true): SubsidyCase[] {
  return grades.map((grade, index) => ({
    caseId: `case-${index}`,
    mediatorId: `mediator-${index % 3}`,
    grade,
    hasDossier,
  }));
}

function repeat(grade: string, count: number): string[] {
  return Array.from({ length: count }, () => grade);
}

describe('computeSubsidyClaims: examples', () => {
  it('pays a 100-case town within its 5% and 2% caps, earliest cases first', () => {
    const grades = [
      ...repeat('especially_difficult', 3),
      ...repeat('major', 6),
      'litigation_guidance',
      ...repeat('ordinary', 90),
    ];
    const result = computeSubsidyClaims(defaultSubsidyRuleSet, casesOf(grades));
    const paid = result.claims.slice(0, 10).map((claim) => [claim.paidGrade, claim.adjustment]);
    expect(paid).toEqual([
      ['especially_difficult', 'none'],
      ['especially_difficult', 'none'],
      ['major', 'downgraded_by_cap'],
      ['major', 'none'],
      ['major', 'none'],
      ['major', 'none'],
      ['major', 'none'],
      ['complex', 'downgraded_by_cap'],
      ['complex', 'downgraded_by_cap'],
      ['litigation_guidance', 'none'],
    ]);
    expect(result.totalFen).toBe(2 * 100_000 + 5 * 50_000 + 2 * 20_000 + 10_000 + 90 * 8_000);
  });

  it('allows no major case below 20 cases, since 5% of 19 floors to 0', () => {
    const small = computeSubsidyClaims(
      defaultSubsidyRuleSet,
      casesOf(['major', ...repeat('ordinary', 18)]),
    );
    expect(small.claims[0]).toMatchObject({ paidGrade: 'complex', amountFen: 20_000 });
    const twenty = computeSubsidyClaims(
      defaultSubsidyRuleSet,
      casesOf(['major', ...repeat('ordinary', 19)]),
    );
    expect(twenty.claims[0]).toMatchObject({ paidGrade: 'major', amountFen: 50_000 });
  });

  it('pays litigation guidance only with the dossier', () => {
    const [claim] = computeSubsidyClaims(
      defaultSubsidyRuleSet,
      casesOf(['litigation_guidance'], false),
    ).claims;
    expect(claim).toEqual({
      caseId: 'case-0',
      mediatorId: 'mediator-0',
      ruleVersion: 'default-1',
      requestedGrade: 'litigation_guidance',
      paidGrade: null,
      amountFen: 0,
      adjustment: 'dossier_missing',
    });
  });

  it('needs no dossier for the other grades', () => {
    const result = computeSubsidyClaims(defaultSubsidyRuleSet, casesOf(['ordinary'], false));
    expect(result.claims[0]?.amountFen).toBe(8_000);
  });

  it('is not fooled by binary fractions: 29% of 100 cases is 29', () => {
    const ruleSet: SubsidyRuleSet = {
      version: 'v',
      grades: [
        { grade: 'low', amountYuan: 10 },
        { grade: 'high', amountYuan: 20, capShare: 0.29 },
      ],
    };
    const result = computeSubsidyClaims(
      ruleSet,
      casesOf([...repeat('high', 29), ...repeat('low', 71)]),
    );
    expect(result.claims.filter((claim) => claim.paidGrade === 'high')).toHaveLength(29);
  });

  it('returns nothing for no cases', () => {
    expect(computeSubsidyClaims(defaultSubsidyRuleSet, [])).toEqual({
      ruleVersion: 'default-1',
      claims: [],
      totalFen: 0,
    });
  });

  it('refuses a grade the rule set does not know', () => {
    expect(() => computeSubsidyClaims(defaultSubsidyRuleSet, casesOf(['heroic']))).toThrow(
      expect.objectContaining({
        code: 'SUBSIDY_GRADE_UNKNOWN',
        details: { caseId: 'case-0', grade: 'heroic', version: 'default-1' },
      }),
    );
  });

  it('refuses an invalid rule set', () => {
    expect(() => computeSubsidyClaims({ version: '', grades: [] }, [])).toThrow(
      expect.objectContaining({ code: 'INVALID_SUBSIDY_RULE_SET' }),
    );
  });
});

// Rule sets with caps in whole per cent, so the test can compute caps in exact integers.
const gradeRules = fc
  .uniqueArray(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 6 })
  .chain((amounts) => {
    const sorted = [...amounts].sort((a, b) => a - b);
    return fc.tuple(
      ...sorted.map((amountYuan, index) =>
        fc.record({
          amountYuan: fc.constant(amountYuan),
          capPercent:
            index === 0 ? fc.constant(undefined) : fc.option(fc.nat(100), { nil: undefined }),
          requiresDossier: index === 0 ? fc.constant(false) : fc.boolean(),
        }),
      ),
    );
  });

const ruleSets = fc.oneof(
  fc.constant({
    ruleSet: defaultSubsidyRuleSet,
    capPercents: new Map([
      ['major', 5],
      ['especially_difficult', 2],
    ]),
  }),
  gradeRules.map((rules) => {
    const grades: SubsidyGradeRule[] = rules.map((rule, index) => ({
      grade: `g${index}`,
      amountYuan: rule.amountYuan,
      ...(rule.capPercent === undefined ? {} : { capShare: rule.capPercent / 100 }),
      ...(rule.requiresDossier ? { requiresDossier: true } : {}),
    }));
    const capPercents = new Map(
      rules.flatMap((rule, index) =>
        rule.capPercent === undefined ? [] : [[`g${index}`, rule.capPercent] as const],
      ),
    );
    return { ruleSet: { version: 'generated', grades }, capPercents };
  }),
);

const scenarios = ruleSets.chain(({ ruleSet, capPercents }) =>
  fc
    .array(
      fc.record({
        mediatorId: fc.constantFrom('m1', 'm2', 'm3'),
        grade: fc.constantFrom(...ruleSet.grades.map((rule) => rule.grade)),
        hasDossier: fc.boolean(),
      }),
      { maxLength: 150 },
    )
    .map((items) => ({
      ruleSet,
      capPercents,
      cases: items.map((item, index) => ({ caseId: `case-${index}`, ...item })),
    })),
);

function amountOf(ruleSet: SubsidyRuleSet, grade: string): number {
  const rule = ruleSet.grades.find((candidate) => candidate.grade === grade);
  return Math.round((rule?.amountYuan ?? 0) * 100);
}

function needsDossier(ruleSet: SubsidyRuleSet, grade: string): boolean {
  return ruleSet.grades.some((rule) => rule.grade === grade && rule.requiresDossier === true);
}

describe('computeSubsidyClaims: properties', () => {
  it('never exceeds a cap (floor of share × cases)', () => {
    fc.assert(
      fc.property(scenarios, ({ ruleSet, capPercents, cases }) => {
        const { claims } = computeSubsidyClaims(ruleSet, cases);
        for (const [grade, percent] of capPercents) {
          const cap = Math.floor((percent * cases.length) / 100);
          expect(claims.filter((claim) => claim.paidGrade === grade).length).toBeLessThanOrEqual(
            cap,
          );
        }
      }),
    );
  });

  it('never pays more than the uncapped total, nor more than asked per case', () => {
    fc.assert(
      fc.property(scenarios, ({ ruleSet, cases }) => {
        const { claims, totalFen } = computeSubsidyClaims(ruleSet, cases);
        const uncapped = claims
          .filter((claim) => claim.adjustment !== 'dossier_missing')
          .reduce((sum, claim) => sum + amountOf(ruleSet, claim.requestedGrade), 0);
        expect(totalFen).toBeLessThanOrEqual(uncapped);
        expect(totalFen).toBe(claims.reduce((sum, claim) => sum + claim.amountFen, 0));
        for (const claim of claims) {
          expect(Number.isInteger(claim.amountFen)).toBe(true);
          expect(claim.amountFen).toBeLessThanOrEqual(amountOf(ruleSet, claim.requestedGrade));
        }
      }),
    );
  });

  it('is deterministic and keeps the cases, their order and the rule version', () => {
    fc.assert(
      fc.property(scenarios, ({ ruleSet, cases }) => {
        const first = computeSubsidyClaims(ruleSet, cases);
        expect(computeSubsidyClaims(ruleSet, cases)).toEqual(first);
        expect(first.claims.map((claim) => claim.caseId)).toEqual(cases.map((c) => c.caseId));
        expect(first.claims.map((claim) => claim.mediatorId)).toEqual(
          cases.map((c) => c.mediatorId),
        );
        expect(new Set(first.claims.map((claim) => claim.ruleVersion))).toEqual(
          new Set(cases.length > 0 ? [ruleSet.version] : []),
        );
      }),
    );
  });

  it('downgrades only when every capped grade it passes is full', () => {
    fc.assert(
      fc.property(scenarios, ({ ruleSet, capPercents, cases }) => {
        const { claims } = computeSubsidyClaims(ruleSet, cases);
        const paidCount = (grade: string) => claims.filter((c) => c.paidGrade === grade).length;
        for (const claim of claims.filter((c) => c.adjustment === 'downgraded_by_cap')) {
          const paid = amountOf(ruleSet, claim.paidGrade ?? '');
          const requested = amountOf(ruleSet, claim.requestedGrade);
          for (const [grade, percent] of capPercents) {
            const amount = amountOf(ruleSet, grade);
            // A case never steps down into a grade that needs a dossier.
            const passes = grade === claim.requestedGrade || !needsDossier(ruleSet, grade);
            if (passes && amount > paid && amount <= requested) {
              expect(paidCount(grade)).toBe(Math.floor((percent * cases.length) / 100));
            }
          }
        }
      }),
    );
  });

  it('lets earlier cases of a grade keep it before later ones', () => {
    fc.assert(
      fc.property(scenarios, ({ ruleSet, cases }) => {
        const { claims } = computeSubsidyClaims(ruleSet, cases);
        for (const rule of ruleSet.grades) {
          const paid = claims
            .filter((c) => c.requestedGrade === rule.grade && c.adjustment !== 'dossier_missing')
            .map((c) => c.amountFen);
          expect(paid).toEqual([...paid].sort((a, b) => b - a));
        }
      }),
    );
  });

  it('withholds only grades that need a missing dossier', () => {
    fc.assert(
      fc.property(scenarios, ({ ruleSet, cases }) => {
        const { claims } = computeSubsidyClaims(ruleSet, cases);
        claims.forEach((claim, index) => {
          const rule = ruleSet.grades.find((g) => g.grade === claim.requestedGrade);
          const missing = rule?.requiresDossier === true && cases[index]?.hasDossier === false;
          expect(claim.adjustment === 'dossier_missing').toBe(missing);
        });
      }),
    );
  });

  it('pays the same total whatever the order of the cases', () => {
    fc.assert(
      fc.property(
        scenarios.chain((scenario) =>
          fc
            .shuffledSubarray(scenario.cases, {
              minLength: scenario.cases.length,
              maxLength: scenario.cases.length,
            })
            .map((shuffled) => ({ ...scenario, shuffled })),
        ),
        ({ ruleSet, cases, shuffled }) =>
          computeSubsidyClaims(ruleSet, cases).totalFen ===
          computeSubsidyClaims(ruleSet, shuffled).totalFen,
      ),
    );
  });
});
