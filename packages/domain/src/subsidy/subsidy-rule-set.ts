import { AppError } from '../errors.ts';

/** One grade of the per-case subsidy (一案一补, DOMAIN.md §7). */
export interface SubsidyGradeRule {
  grade: string;
  amountYuan: number;
  /** Largest share (0–1) of the town's cases in the period that may be paid at this grade. */
  capShare?: number;
  /** The grade is paid only when the case dossier is on file. */
  requiresDossier?: boolean;
}

/** A tenant's rules at one point in time; claims keep the version they were computed under. */
export interface SubsidyRuleSet {
  version: string;
  grades: readonly SubsidyGradeRule[];
}

/** The county rule quoted in the research reports. */
export const defaultSubsidyRuleSet: SubsidyRuleSet = {
  version: 'default-1',
  grades: [
    { grade: 'ordinary', amountYuan: 80 },
    { grade: 'complex', amountYuan: 200 },
    { grade: 'major', amountYuan: 500, capShare: 0.05 },
    { grade: 'especially_difficult', amountYuan: 1000, capShare: 0.02 },
    { grade: 'litigation_guidance', amountYuan: 100, requiresDossier: true },
  ],
};

export function amountFen(rule: SubsidyGradeRule): number {
  return Math.round(rule.amountYuan * 100);
}

/**
 * Where a case beyond a grade's cap is paid: the best-paid grade below it that needs no dossier.
 * Litigation guidance is a kind of work, not a step of difficulty, so a capped case never lands
 * there.
 */
export function fallbackGrade(
  ruleSet: SubsidyRuleSet,
  rule: SubsidyGradeRule,
): SubsidyGradeRule | undefined {
  const lower = ruleSet.grades.filter(
    (candidate) => !candidate.requiresDossier && amountFen(candidate) < amountFen(rule),
  );
  return lower.reduce<SubsidyGradeRule | undefined>(
    (best, candidate) => (best && amountFen(best) >= amountFen(candidate) ? best : candidate),
    undefined,
  );
}

function gradeProblem(ruleSet: SubsidyRuleSet, rule: SubsidyGradeRule): string | null {
  const fen = rule.amountYuan * 100;
  if (!Number.isFinite(fen) || fen < 0 || Math.abs(fen - Math.round(fen)) > 1e-6) {
    return 'amount_not_whole_fen';
  }
  if (rule.capShare === undefined) return null;
  if (!(rule.capShare >= 0 && rule.capShare <= 1)) return 'cap_share_out_of_range';
  return fallbackGrade(ruleSet, rule) ? null : 'capped_grade_without_lower_grade';
}

export function requireValidRuleSet(ruleSet: SubsidyRuleSet): void {
  const invalid = (problem: string, grade?: string) =>
    new AppError('INVALID_SUBSIDY_RULE_SET', { version: ruleSet.version, grade, problem });
  if (ruleSet.version.trim() === '') throw invalid('empty_version');
  const names = new Set<string>();
  for (const rule of ruleSet.grades) {
    if (names.has(rule.grade)) throw invalid('duplicate_grade', rule.grade);
    names.add(rule.grade);
    const problem = gradeProblem(ruleSet, rule);
    if (problem) throw invalid(problem, rule.grade);
  }
}
