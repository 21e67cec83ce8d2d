import { AppError } from '../errors.ts';

/**
 * The customary case number `（2026）城关调字第0001号`: year in full-width parentheses, the local
 * prefix (configurable, DOMAIN.md §10), 字第, the sequence and 号.
 */
export interface CaseNumber {
  year: number;
  prefix: string;
  sequence: number;
}

const sequenceWidth = 4;
// Characters that would make a formatted number ambiguous to parse back.
const forbiddenInPrefix = /[\s()（）\d]|字第/;
const caseNumberPattern = /^[（(](\d{4})[）)](.+?)字第(\d+)号$/;

function problemOf({ year, prefix, sequence }: CaseNumber): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return 'year';
  if (prefix === '' || forbiddenInPrefix.test(prefix)) return 'prefix';
  if (!Number.isSafeInteger(sequence) || sequence < 1) return 'sequence';
  return null;
}

/** Sequences beyond 9999 simply take more digits. */
export function formatCaseNumber(parts: CaseNumber): string {
  const problem = problemOf(parts);
  if (problem) throw new AppError('INVALID_CASE_NUMBER', { ...parts, problem });
  const sequence = String(parts.sequence).padStart(sequenceWidth, '0');
  return `（${parts.year}）${parts.prefix}字第${sequence}号`;
}

/** Accepts half-width parentheses and surrounding spaces as typed; null when not a case number. */
export function parseCaseNumber(input: string): CaseNumber | null {
  const match = caseNumberPattern.exec(input.trim());
  if (!match) return null;
  const parts = { year: Number(match[1]), prefix: match[2] ?? '', sequence: Number(match[3]) };
  return problemOf(parts) === null ? parts : null;
}
