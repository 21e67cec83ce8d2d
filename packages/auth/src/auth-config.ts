// Configuration of the auth package. The app builds it from its validated environment; the
// package never reads process.env.

export interface SessionConfig {
  /** A session unused for this long is dead (sliding expiry). */
  inactivityTimeoutMs: number;
  /** A session ends this long after sign-in, however active. */
  absoluteLifetimeMs: number;
}

export interface ThrottlePolicy {
  /** The first delay follows this many consecutive failures. */
  delayAfterFailures: number;
  /** That first delay; it doubles with every further failure. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures older than this are forgotten, so there is never a permanent lockout. */
  failureWindowMs: number;
}

export interface ThrottleConfig {
  /** Per account (or per attempted login when no account matches) and per second factor. */
  account: ThrottlePolicy;
  /** Per client address. */
  ip: ThrottlePolicy;
}

export interface AuthConfig {
  session: SessionConfig;
  throttle: ThrottleConfig;
  /** AES-256 key sealing TOTP keys at rest. */
  totpEncryptionKey: Uint8Array;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const defaultSessionConfig: SessionConfig = {
  inactivityTimeoutMs: 12 * HOUR,
  absoluteLifetimeMs: 7 * 24 * HOUR,
};

const accountPolicy: ThrottlePolicy = {
  delayAfterFailures: 5,
  baseDelayMs: 1000,
  maxDelayMs: 15 * MINUTE,
  failureWindowMs: 24 * HOUR,
};

export const defaultThrottleConfig: ThrottleConfig = {
  account: accountPolicy,
  // A township office signs in from behind one NAT address: a stricter limit would let one
  // person's typos, or an attacker, lock a whole office out.
  ip: { ...accountPolicy, delayAfterFailures: 20 },
};

export function createAuthConfig(input: {
  totpEncryptionKey: Uint8Array;
  session?: Partial<SessionConfig>;
  throttle?: Partial<ThrottleConfig>;
}): AuthConfig {
  if (input.totpEncryptionKey.byteLength !== 32)
    throw new TypeError('totpEncryptionKey must be 32 bytes (AES-256)');
  return {
    session: { ...defaultSessionConfig, ...input.session },
    throttle: { ...defaultThrottleConfig, ...input.throttle },
    totpEncryptionKey: input.totpEncryptionKey,
  };
}
