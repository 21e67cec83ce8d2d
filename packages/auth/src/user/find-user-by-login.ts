import { user } from '@concord/db/schema';
import { eq } from 'drizzle-orm';
import type { Executor } from '../executor.ts';
import type { Login } from './normalize-login.ts';

/** The full row, password hash included: for sign-in and invitation acceptance only. */
export async function findUserByLogin(db: Executor, options: { login: Login }) {
  const { login } = options;
  const [row] = await db
    .select()
    .from(user)
    .where(login.kind === 'email' ? eq(user.email, login.value) : eq(user.phone, login.value));
  return row ?? null;
}
