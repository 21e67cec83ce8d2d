import { newId } from '@concord/db/id';
import { user } from '@concord/db/schema';
import { recordSecurityEvent } from '../audit/record-security-event.ts';
import type { Executor } from '../executor.ts';
import { checkPasswordPolicy } from '../password/check-password-policy.ts';
import { hashPassword } from '../password/hash-password.ts';
import type { Login } from './normalize-login.ts';

/** Creates a user after checking the password policy; the login must be free. */
export async function createUser(
  db: Executor,
  options: { login: Login; displayName: string; password: string; now: Date },
): Promise<{ id: string }> {
  const { login, displayName, password, now } = options;
  checkPasswordPolicy(password, { logins: [login.value] });
  const id = newId(now.getTime());
  await db.insert(user).values({
    id,
    email: login.kind === 'email' ? login.value : null,
    phone: login.kind === 'phone' ? login.value : null,
    displayName,
    passwordHash: await hashPassword(password),
    passwordChangedAt: now,
    createdAt: now,
  });
  await recordSecurityEvent(db, { userId: id, kind: 'account_created' });
  return { id };
}
