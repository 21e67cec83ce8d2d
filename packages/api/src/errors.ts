// One mapping from the stable error codes of our packages to tRPC (and so HTTP) statuses.
// The message sent to clients is the code itself; the web app localises it from the catalog.
import { TRPCError } from '@trpc/server';

export type TRPCCode = TRPCError['code'];

const statusByCode: Record<string, TRPCCode> = {
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  TWO_FACTOR_REQUIRED: 'UNAUTHORIZED',
  TWO_FACTOR_ENROLMENT_REQUIRED: 'FORBIDDEN',
  FORBIDDEN: 'FORBIDDEN',
  TENANT_INACTIVE: 'FORBIDDEN',
  VALIDATION_FAILED: 'BAD_REQUEST',
  CONFLICT: 'CONFLICT',
  STALE_VERSION: 'CONFLICT',
  THROTTLED: 'TOO_MANY_REQUESTS',
  INVALID_CREDENTIALS: 'UNAUTHORIZED',
  // Cases: a refused state-machine move and a lost optimistic-lock race both leave the case as
  // it was; the client reloads and decides again.
  CASE_TRANSITION_NOT_ALLOWED: 'CONFLICT',
  INVALID_ID_NUMBER: 'BAD_REQUEST',
  INVALID_PHONE_NUMBER: 'BAD_REQUEST',
  INVALID_DATE: 'BAD_REQUEST',
  // Stored files: a missing or altered document is the server's problem, never the caller's.
  STORAGE_KEY_INVALID: 'INTERNAL_SERVER_ERROR',
  STORAGE_OBJECT_EXISTS: 'INTERNAL_SERVER_ERROR',
  STORAGE_OBJECT_MISSING: 'INTERNAL_SERVER_ERROR',
  DOCUMENT_INTEGRITY_FAILED: 'INTERNAL_SERVER_ERROR',
};

/** An error with a stable code from any of our packages (AppError, AuthError). */
export interface CodedError {
  code: string;
  details?: Record<string, unknown> | undefined;
}

export function isCodedError(error: unknown): error is Error & CodedError {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    error.name !== 'TRPCError'
  );
}

export function toTRPCError(error: Error & CodedError): TRPCError {
  return new TRPCError({
    code: statusByCode[error.code] ?? 'BAD_REQUEST',
    message: error.code,
    cause: error,
  });
}

/** Raised by the API layer itself. */
export function apiError(
  code: keyof typeof statusByCode,
  details?: Record<string, unknown>,
): TRPCError {
  return new TRPCError({
    code: statusByCode[code] ?? 'BAD_REQUEST',
    message: code,
    cause: details ? Object.assign(new Error(code), { details }) : undefined,
  });
}
