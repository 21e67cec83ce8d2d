import { securityEvent } from '@concord/db/schema';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError } from '../auth-error.ts';
import { validateSessionToken } from '../session/validate-session-token.ts';
import { signIn } from '../sign-in/sign-in.ts';
import { config, insertUser, PASSWORD } from '../testing/fixtures.ts';
import { changePassword } from './change-password.ts';

const t0 = new Date('2026-11-25T08:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const NEW_PASSWORD = 'a brand new passphrase';

let database: TestDatabase;
let db: TestDatabase['app']['db'];
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.app.db;
});
afterAll(() => database.drop());

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'OK',
    (error: unknown) => (error instanceof AuthError ? error.code : Promise.reject(error)),
  );
const signInAs = (login: string, password: string, now = t0) =>
  signIn(db, { login, password, ip: '10.2.2.2', userAgent: null, now, config });

describe('changePassword', () => {
  it('requires the current password and checks the policy for the new one', async () => {
    const user = await insertUser(db);
    const change = (currentPassword: string, newPassword: string) =>
      changePassword(db, {
        userId: user.id,
        currentPassword,
        newPassword,
        now: t0,
        throttle: config.throttle.account,
      });
    expect(await codeOf(change('wrong', NEW_PASSWORD))).toBe('INVALID_CREDENTIALS');
    expect(await codeOf(change(PASSWORD, 'short'))).toBe('PASSWORD_TOO_SHORT');
    expect(await codeOf(change(PASSWORD, 'password1'))).toBe('PASSWORD_TOO_COMMON');
    expect(await codeOf(change(PASSWORD, user.login.toUpperCase()))).toBe('PASSWORD_EQUALS_LOGIN');
    expect(await codeOf(signInAs(user.login, PASSWORD))).toBe('OK');
  });

  it('replaces the password and ends every session but the current one', async () => {
    const user = await insertUser(db);
    const current = await signInAs(user.login, PASSWORD);
    const laptop = await signInAs(user.login, PASSWORD);
    await changePassword(db, {
      userId: user.id,
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
      now: at(1000),
      throttle: config.throttle.account,
      currentSessionId: current.session.id,
    });
    expect(await validateSessionToken(db, current.token, { now: at(1000) })).not.toBeNull();
    expect(await validateSessionToken(db, laptop.token, { now: at(1000) })).toBeNull();
    expect(await codeOf(signInAs(user.login, PASSWORD, at(2000)))).toBe('INVALID_CREDENTIALS');
    expect(await codeOf(signInAs(user.login, NEW_PASSWORD, at(3000)))).toBe('OK');
    const [event] = await database.owner.db
      .select({ detail: securityEvent.detail })
      .from(securityEvent)
      .where(and(eq(securityEvent.userId, user.id), eq(securityEvent.kind, 'password_changed')));
    expect(event?.detail).toEqual({ sessionsEnded: 1 });
  });

  it('ends all sessions when no current one is named', async () => {
    const user = await insertUser(db);
    const a = await signInAs(user.login, PASSWORD);
    await changePassword(db, {
      userId: user.id,
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
      now: t0,
      throttle: config.throttle.account,
    });
    expect(await validateSessionToken(db, a.token, { now: t0 })).toBeNull();
  });

  it('throttles guesses of the current password like sign-in', async () => {
    const user = await insertUser(db);
    const guess = (now: Date) =>
      codeOf(
        changePassword(db, {
          userId: user.id,
          currentPassword: 'guess',
          newPassword: NEW_PASSWORD,
          now,
          throttle: config.throttle.account,
        }),
      );
    for (let i = 1; i <= 5; i++) expect(await guess(at(i))).toBe('INVALID_CREDENTIALS');
    expect(await guess(at(6))).toBe('THROTTLED');
    expect(await codeOf(signInAs(user.login, PASSWORD, at(7)))).toBe('THROTTLED');
  });
});
