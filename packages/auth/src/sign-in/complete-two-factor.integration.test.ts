import { session } from '@concord/db/schema';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError } from '../auth-error.ts';
import { validateSessionToken } from '../session/validate-session-token.ts';
import { config, enrolTotp, insertUser, PASSWORD, totpCode } from '../testing/fixtures.ts';
import { completeTwoFactor } from './complete-two-factor.ts';
import { signIn } from './sign-in.ts';

const t0 = new Date('2026-11-25T08:00:10Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

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

async function totpUser() {
  const user = await insertUser(db);
  const { key, recoveryCodes } = await enrolTotp(db, { userId: user.id, now: at(-60_000) });
  return { ...user, key, recoveryCodes };
}

const start = (login: string, now = t0) =>
  signIn(db, { login, password: PASSWORD, ip: '10.1.1.1', userAgent: 'Edge', now, config });

describe('two-step sign-in', () => {
  it('opens an unverified session first, then swaps it for a verified one', async () => {
    const user = await totpUser();
    const first = await start(user.login);
    expect(first.needsTwoFactor).toBe(true);
    expect(
      (await validateSessionToken(db, first.token, { now: t0 }))?.session.twoFactorVerified,
    ).toBe(false);

    const done = await completeTwoFactor(db, {
      sessionId: first.session.id,
      code: totpCode(user.key, t0),
      now: t0,
      config,
    });
    expect(done.token).not.toBe(first.token);
    expect(await validateSessionToken(db, first.token, { now: t0 })).toBeNull();
    const verified = await validateSessionToken(db, done.token, { now: t0 });
    expect(verified?.session).toMatchObject({
      twoFactorVerified: true,
      ip: '10.1.1.1',
      userAgent: 'Edge',
    });
  });

  it('refuses a code already used in another sign-in', async () => {
    const user = await totpUser();
    const code = totpCode(user.key, t0);
    const a = await start(user.login);
    const b = await start(user.login);
    expect(
      await codeOf(completeTwoFactor(db, { sessionId: a.session.id, code, now: t0, config })),
    ).toBe('OK');
    expect(
      await codeOf(completeTwoFactor(db, { sessionId: b.session.id, code, now: t0, config })),
    ).toBe('TOTP_REPLAYED');
    expect((await validateSessionToken(db, b.token, { now: t0 }))?.session.twoFactorVerified).toBe(
      false,
    );
  });

  it('completes with a recovery code, once', async () => {
    const user = await totpUser();
    const recoveryCode = user.recoveryCodes[3]!;
    const a = await start(user.login);
    expect(
      await codeOf(
        completeTwoFactor(db, { sessionId: a.session.id, recoveryCode, now: t0, config }),
      ),
    ).toBe('OK');
    const b = await start(user.login);
    expect(
      await codeOf(
        completeTwoFactor(db, { sessionId: b.session.id, recoveryCode, now: t0, config }),
      ),
    ).toBe('RECOVERY_CODE_INVALID');
  });

  it('throttles guessing of codes per user', async () => {
    const user = await totpUser();
    const a = await start(user.login);
    const guess = (now: Date) =>
      codeOf(completeTwoFactor(db, { sessionId: a.session.id, code: '000000', now, config }));
    for (let i = 1; i <= 5; i++) expect(await guess(at(i))).toBe('TOTP_INVALID');
    expect(await guess(at(6))).toBe('THROTTLED');
    // The right code is refused too while the delay runs, then accepted.
    const right = (now: Date) =>
      codeOf(
        completeTwoFactor(db, {
          sessionId: a.session.id,
          code: totpCode(user.key, now),
          now,
          config,
        }),
      );
    expect(await right(at(7))).toBe('THROTTLED');
    expect(await right(at(1006))).toBe('OK');
  });

  it('refuses an unknown or dead session', async () => {
    const user = await totpUser();
    const a = await start(user.login);
    const code = totpCode(user.key, t0);
    expect(await codeOf(completeTwoFactor(db, { sessionId: 'nope', code, now: t0, config }))).toBe(
      'SESSION_INVALID',
    );
    expect(
      await codeOf(
        completeTwoFactor(db, { sessionId: a.session.id, code, now: at(13 * 60 * 60_000), config }),
      ),
    ).toBe('SESSION_INVALID');
  });

  it('lets only one of two concurrent completions of a session win', async () => {
    const user = await totpUser();
    const a = await start(user.login);
    const results = await Promise.all([
      codeOf(
        completeTwoFactor(db, {
          sessionId: a.session.id,
          code: totpCode(user.key, t0),
          now: t0,
          config,
        }),
      ),
      codeOf(
        completeTwoFactor(db, {
          sessionId: a.session.id,
          recoveryCode: user.recoveryCodes[0]!,
          now: t0,
          config,
        }),
      ),
    ]);
    expect(results.filter((r) => r === 'OK')).toHaveLength(1);
    const sessions = await database.owner.db
      .select()
      .from(session)
      .where(eq(session.userId, user.id));
    expect(sessions.filter((s) => s.twoFactorVerified)).toHaveLength(1);
  });
});
