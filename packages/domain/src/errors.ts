/**
 * Stable error codes of the domain. Users see messages localised by code elsewhere; the English
 * text here is for logs only, so codes must never be renamed.
 */
export type AppErrorCode =
  | 'CASE_TRANSITION_NOT_ALLOWED'
  | 'INVALID_ID_NUMBER'
  | 'INVALID_PHONE_NUMBER'
  | 'INVALID_DATE'
  | 'INVALID_YEAR_SCHEDULE'
  | 'INVALID_DEADLINE_RULE'
  | 'INVALID_CASE_NUMBER'
  | 'INVALID_SUBSIDY_RULE_SET'
  | 'SUBSIDY_GRADE_UNKNOWN';

const logMessages: Record<AppErrorCode, string> = {
  CASE_TRANSITION_NOT_ALLOWED: 'The action is not allowed in the case status',
  INVALID_ID_NUMBER: 'Invalid resident ID number',
  INVALID_PHONE_NUMBER: 'Invalid mobile phone number',
  INVALID_DATE: 'Invalid calendar date, expected YYYY-MM-DD',
  INVALID_YEAR_SCHEDULE: 'Invalid holiday schedule for a year',
  INVALID_DEADLINE_RULE: 'Invalid deadline rule',
  INVALID_CASE_NUMBER: 'Invalid case number parts',
  INVALID_SUBSIDY_RULE_SET: 'Invalid subsidy rule set',
  SUBSIDY_GRADE_UNKNOWN: 'The case grade is not in the subsidy rule set',
};

export class AppError extends Error {
  // Declared fields rather than constructor parameter properties: Node's type stripping, which
  // may load this source directly, rejects parameter properties.
  readonly code: AppErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: AppErrorCode, details?: Record<string, unknown>) {
    super(logMessages[code]);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}
