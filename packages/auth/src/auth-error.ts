// Typed failures of the auth package. The code is stable; user-facing text is localised by code
// in the app, so messages here are for logs only.
export type AuthErrorCode =
  | 'INVALID_CREDENTIALS'
  | 'THROTTLED'
  | 'LOGIN_INVALID'
  | 'PASSWORD_REQUIRED'
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_TOO_COMMON'
  | 'PASSWORD_EQUALS_LOGIN'
  | 'TOTP_INVALID'
  | 'TOTP_REPLAYED'
  | 'TOTP_NOT_ENABLED'
  | 'TOTP_ALREADY_ENABLED'
  | 'TOTP_ENROLMENT_NOT_STARTED'
  | 'RECOVERY_CODE_INVALID'
  | 'INVITATION_INVALID'
  | 'INVITATION_EXPIRED'
  | 'INVITATION_USED'
  | 'INVITATION_REVOKED'
  | 'SESSION_INVALID';

export class AuthError extends Error {
  readonly code: AuthErrorCode;
  /** Set for THROTTLED only: when the caller may try again (for a Retry-After header). */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: 'THROTTLED', options: { retryAfterSeconds: number });
  constructor(code: Exclude<AuthErrorCode, 'THROTTLED'>);
  constructor(code: AuthErrorCode, options?: { retryAfterSeconds: number }) {
    super(code);
    this.name = 'AuthError';
    this.code = code;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}
