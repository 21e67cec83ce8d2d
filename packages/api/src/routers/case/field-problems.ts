// Validation that needs the database or a domain rule reports every problem of a form at once,
// as localisable codes per field: VALIDATION_FAILED with details.fields = [{ path, reason }].
import type { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { apiError } from '../../errors.ts';

export interface FieldProblem {
  /** Dotted path into the input, e.g. 'parties.1.idNumber'. */
  path: string;
  /** A stable code the web app localises, e.g. 'check_digit', 'required', 'not_found'. */
  reason: string;
}

/**
 * VALIDATION_FAILED with every problem; NOT_FOUND (still listing them all) when an id in the
 * input names nothing the request can see, so another tenant's ids look like made-up ones.
 */
export function validationFailed(
  problems: readonly FieldProblem[],
  extra: Record<string, unknown> = {},
): TRPCError {
  const unknownId = problems.some((problem) => problem.reason === 'not_found');
  return apiError(unknownId ? 'NOT_FOUND' : 'VALIDATION_FAILED', { ...extra, fields: problems });
}

/** Throws when any problem was found; lets a use case collect first and refuse once. */
export function refuseProblems(problems: readonly FieldProblem[]): void {
  if (problems.length > 0) throw validationFailed(problems);
}

/** A calendar day as the forms send it (YYYY-MM-DD); whether it is a real day is checked too. */
export const ZCalendarDate = z.iso.date();

/** The optimistic lock every mutation of a case names: the version the client read. */
export const ZCaseVersionInput = z.object({
  caseId: z.guid(),
  expectedVersion: z.number().int().min(1),
});
