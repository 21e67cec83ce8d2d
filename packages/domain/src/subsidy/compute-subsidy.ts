import { AppError } from '../errors.ts';
import {
  amountFen,
  fallbackGrade,
  requireValidRuleSet,
  type SubsidyGradeRule,
  type SubsidyRuleSet,
} from './subsidy-rule-set.ts';

export interface SubsidyCase {
  caseId: string;
  mediatorId: string;
  grade: string;
  hasDossier: boolean;
}

export type SubsidyAdjustment = 'none' | 'downgraded_by_cap' | 'dossier_missing';

export interface SubsidyClaim {
  caseId: string;
  mediatorId: string;
  ruleVersion: string;
  requestedGrade: string;
  /** Null when the case earns nothing under the rule set. */
  paidGrade: string | null;
  amountFen: number;
  adjustment: SubsidyAdjustment;
}

export interface SubsidyComputation {
  ruleVersion: string;
  claims: SubsidyClaim[];
  totalFen: number;
}

type PaidGrade = SubsidyGradeRule | null;

// Tolerates binary fractions: 0.29 × 100 is 28.999… in floating point, yet the cap is 29.
function capCount(capShare: number, caseCount: number): number {
  return Math.floor(capShare * caseCount + 1e-9);
}

function ruleLookup(ruleSet: SubsidyRuleSet): (item: SubsidyCase) => SubsidyGradeRule {
  const byGrade = new Map(ruleSet.grades.map((rule) => [rule.grade, rule]));
  return ({ caseId, grade }) => {
    const rule = byGrade.get(grade);
    if (!rule) {
      throw new AppError('SUBSIDY_GRADE_UNKNOWN', { caseId, grade, version: ruleSet.version });
    }
    return rule;
  };
}

/**
 * Highest grades first, so cases pushed down a step meet the cap of the grade they land in.
 * Within a grade, earlier cases in the given order keep it (first closed, first paid), whether
 * they asked for that grade or came down from above.
 */
function applyCaps(ruleSet: SubsidyRuleSet, paid: PaidGrade[], caseCount: number): PaidGrade[] {
  const capped = ruleSet.grades
    .filter((rule) => rule.capShare !== undefined)
    .sort((a, b) => amountFen(b) - amountFen(a));
  return capped.reduce((current, rule) => {
    const cap = capCount(rule.capShare ?? 0, caseCount);
    const fallback = fallbackGrade(ruleSet, rule) ?? null;
    let kept = 0;
    return current.map((grade) => {
      if (grade !== rule) return grade;
      kept++;
      return kept <= cap ? grade : fallback;
    });
  }, paid);
}

function toClaim(
  item: SubsidyCase,
  requested: SubsidyGradeRule,
  paid: PaidGrade,
  ruleVersion: string,
): SubsidyClaim {
  const adjustment: SubsidyAdjustment =
    paid === null ? 'dossier_missing' : paid === requested ? 'none' : 'downgraded_by_cap';
  return {
    caseId: item.caseId,
    mediatorId: item.mediatorId,
    ruleVersion,
    requestedGrade: requested.grade,
    paidGrade: paid?.grade ?? null,
    amountFen: paid ? amountFen(paid) : 0,
    adjustment,
  };
}

/**
 * The claims of one town for one period. Pass all the town's closed cases of the period, in
 * closing order: caps are shares of that whole caseload, and earlier cases keep their grade.
 * Amounts are integer fen so that sums are exact.
 */
export function computeSubsidyClaims(
  ruleSet: SubsidyRuleSet,
  cases: readonly SubsidyCase[],
): SubsidyComputation {
  requireValidRuleSet(ruleSet);
  const ruleOf = ruleLookup(ruleSet);
  const requested = cases.map((item) => ({ item, rule: ruleOf(item) }));
  const eligible = requested.map(({ item, rule }) =>
    rule.requiresDossier && !item.hasDossier ? null : rule,
  );
  const paid = applyCaps(ruleSet, eligible, cases.length);
  const claims = requested.map(({ item, rule }, index) =>
    toClaim(item, rule, paid[index] ?? null, ruleSet.version),
  );
  const totalFen = claims.reduce((sum, claim) => sum + claim.amountFen, 0);
  return { ruleVersion: ruleSet.version, claims, totalFen };
}
