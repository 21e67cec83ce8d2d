// Global security events of a user (no tenant): the user's own activity history and the input
// of alerting. Append-only: the app role may not update or delete them. Stamped by the database
// clock, like the audit log.

import { newId } from '@concord/db/id';
import { securityEvent } from '@concord/db/schema';
import type { Executor } from '../executor.ts';

export type SecurityEventKind =
  | 'account_created'
  | 'sign_in_succeeded'
  | 'sign_in_failed'
  | 'sign_in_throttled'
  | 'two_factor_succeeded'
  | 'two_factor_failed'
  | 'signed_out'
  | 'session_revoked'
  | 'sessions_revoked_all'
  | 'password_confirmation_failed'
  | 'password_changed'
  | 'totp_enabled'
  | 'totp_disabled'
  | 'recovery_code_used';

export async function recordSecurityEvent(
  db: Executor,
  options: {
    userId: string | null;
    kind: SecurityEventKind;
    ip?: string | null;
    userAgent?: string | null;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  await db.insert(securityEvent).values({
    id: newId(),
    userId: options.userId,
    kind: options.kind,
    ip: options.ip ?? null,
    userAgent: options.userAgent ?? null,
    detail: options.detail ?? {},
  });
}
