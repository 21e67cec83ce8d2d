import { securityEvent, signInThrottle } from '@concord/db/schema';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError } from '../auth-error.ts';
import { validateSessionToken } from '../session/validate-session-token.ts';
import { config, insertUser, PASSWORD } from '../testing/fixtures.ts';
import { deleteStaleThrottles } from '../throttle/delete-stale-throttles.ts';
import { signIn } from './sign-in.ts';

const t0 = new Date('2026-11-25T08:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

let database: TestDatabase;
let db: TestDatabase['app']['db'];
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.app.db;
});
afterAll(() => database.drop());

let ipCounter = 0;
const freshIp = () => `192.0.2.${++ipCounter}`;

function attempt(login: string, password: string, now: Date, ip: string | null = '198.51.100.1') {
  return signIn(db, { login, password, ip, userAgent: 'Chrome', now, config });
}

async function failure(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
  if (!(error instanceof AuthError)) throw error;
  return error;
}

describe('signIn', () => {
  it('opens a fresh, verified session on every sign-in', async () => {
    const user = await insertUser(db);
    const first = await attempt(user.login, PASSWORD, t0, freshIp());
    const second = await attempt(user.login.toUpperCase(), PASSWORD, t0, freshIp());
    expect(first.needsTwoFactor).toBe(false);
    expect(first.user).toMatchObject({ id: user.id, email: user.login });
    expect(first.user).not.toHaveProperty('passwordHash');
    expect(second.token).not.toBe(first.token);
    expect(second.session.id).not.toBe(first.session.id);
    for (const { token } of [first, second]) {
      const valid = await validateSessionToken(db, token, { now: t0 });
      expect(valid?.session.twoFactorVerified).toBe(true);
    }
  });

  it('signs in with a mobile number', async () => {
    const user = await insertUser(db, { login: '13900001111' });
    const result = await attempt('139 0000 1111', PASSWORD, t0, freshIp());
    expect(result.user.id).toBe(user.id);
  });

  it('gives the same error for an unknown login and a wrong password', async () => {
    const user = await insertUser(db);
    const wrong = await failure(attempt(user.login, 'not the password', t0, freshIp()));
    const unknown = await failure(attempt('nobody@example.cn', PASSWORD, t0, freshIp()));
    const malformed = await failure(attempt('not a login', PASSWORD, t0, freshIp()));
    for (const error of [wrong, unknown, malformed]) {
      expect(error.code).toBe('INVALID_CREDENTIALS');
      expect(error.message).toBe(wrong.message);
    }
  });

  it('delays an account after five failures, doubling, without checking the password', async () => {
    const user = await insertUser(db);
    const ip = freshIp();
    for (let i = 1; i <= 4; i++)
      expect((await failure(attempt(user.login, 'wrong', at(i), ip))).code).toBe(
        'INVALID_CREDENTIALS',
      );
    expect((await failure(attempt(user.login, 'wrong', at(5), ip))).code).toBe(
      'INVALID_CREDENTIALS',
    );

    // Blocked for 1 s: even the right password is refused, and nothing is counted.
    const blocked = await failure(attempt(user.login, PASSWORD, at(6), ip));
    expect(blocked.code).toBe('THROTTLED');
    expect(blocked.retryAfterSeconds).toBe(1);

    await failure(attempt(user.login, 'wrong', at(1005), ip)); // 6th failure → 2 s
    expect((await failure(attempt(user.login, PASSWORD, at(1006), ip))).retryAfterSeconds).toBe(2);
    await failure(attempt(user.login, 'wrong', at(3005), ip)); // 7th → 4 s
    expect((await failure(attempt(user.login, PASSWORD, at(3006), ip))).retryAfterSeconds).toBe(4);
    const [row] = await database.owner.db
      .select()
      .from(signInThrottle)
      .where(eq(signInThrottle.key, `account:${user.id}`));
    expect(row?.failures).toBe(7);
  });

  it('caps the delay at fifteen minutes and never locks out for good', async () => {
    const user = await insertUser(db);
    const quarterHour = 15 * 60_000;
    let now = t0;
    for (let i = 0; i < 20; i++) {
      const error = await failure(attempt(user.login, 'wrong', now, freshIp()));
      expect(error.code).toBe('INVALID_CREDENTIALS');
      now = new Date(now.getTime() + quarterHour);
    }
    const [row] = await database.owner.db
      .select()
      .from(signInThrottle)
      .where(eq(signInThrottle.key, `account:${user.id}`));
    // 2^15 s after twenty failures, capped at 15 min.
    expect(row?.blockedUntil).toEqual(now);
    const blocked = await failure(
      attempt(user.login, PASSWORD, new Date(now.getTime() - 1), freshIp()),
    );
    expect(blocked.code).toBe('THROTTLED');
    expect((await attempt(user.login, PASSWORD, now, freshIp())).user.id).toBe(user.id);
  });

  it('resets the account counter on success', async () => {
    const user = await insertUser(db);
    for (let i = 0; i < 4; i++) await failure(attempt(user.login, 'wrong', at(i), freshIp()));
    await attempt(user.login, PASSWORD, at(10), freshIp());
    // Four more failures: still no delay, because the count started again.
    for (let i = 0; i < 4; i++)
      expect((await failure(attempt(user.login, 'wrong', at(20 + i), freshIp()))).code).toBe(
        'INVALID_CREDENTIALS',
      );
    expect((await attempt(user.login, PASSWORD, at(30), freshIp())).user.id).toBe(user.id);
  });

  it('throttles unknown logins exactly like real ones', async () => {
    for (let i = 1; i <= 5; i++)
      await failure(attempt('ghost3@example.cn', 'wrong', at(i), freshIp()));
    const error = await failure(attempt('ghost3@example.cn', 'wrong', at(6), freshIp()));
    expect(error.code).toBe('THROTTLED');
    expect(error.retryAfterSeconds).toBe(1);
  });

  it('throttles an address spraying many accounts, and success does not clear it', async () => {
    const ip = freshIp();
    const victim = await insertUser(db);
    for (let i = 1; i <= 19; i++)
      await failure(attempt(`spray${i}@example.cn`, 'wrong', at(i), ip));
    // The attacker's own account signs in fine from the address...
    await attempt(victim.login, PASSWORD, at(30), ip);
    // ...but that does not reset the address: the 20th failure blocks it.
    await failure(attempt('spray20@example.cn', 'wrong', at(40), ip));
    const error = await failure(attempt(victim.login, PASSWORD, at(41), ip));
    expect(error.code).toBe('THROTTLED');
    // Another address is unaffected.
    expect((await attempt(victim.login, PASSWORD, at(42), freshIp())).user.id).toBe(victim.id);
  });

  it('forgets failures older than a day', async () => {
    const user = await insertUser(db);
    for (let i = 0; i < 4; i++) await failure(attempt(user.login, 'wrong', at(i), freshIp()));
    const nextDay = at(25 * 60 * 60_000);
    await failure(attempt(user.login, 'wrong', nextDay, freshIp()));
    const [row] = await database.owner.db
      .select()
      .from(signInThrottle)
      .where(eq(signInThrottle.key, `account:${user.id}`));
    expect(row).toMatchObject({ failures: 1, blockedUntil: null });
  });

  it('prunes throttle rows once their failures are forgotten', async () => {
    await failure(attempt('stale@example.cn', 'wrong', t0, null));
    const key = 'account:stale@example.cn';
    const rows = () =>
      database.owner.db.select().from(signInThrottle).where(eq(signInThrottle.key, key));
    await deleteStaleThrottles(db, { now: at(23 * 60 * 60_000), config: config.throttle });
    expect(await rows()).toHaveLength(1);
    expect(
      await deleteStaleThrottles(db, { now: at(25 * 60 * 60_000), config: config.throttle }),
    ).toBeGreaterThanOrEqual(1);
    expect(await rows()).toEqual([]);
  });

  it('counts every failure of a concurrent burst', async () => {
    const user = await insertUser(db);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => attempt(user.login, 'wrong', t0, freshIp())),
    );
    const codes = results.map((r) =>
      r.status === 'rejected' ? (r.reason as AuthError).code : 'OK',
    );
    // Attempts are serialised per account: five are checked, the rest meet the delay.
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'THROTTLED')).toHaveLength(3);
  });

  it('records successes and failures as security events', async () => {
    const user = await insertUser(db);
    await failure(attempt(user.login, 'wrong', t0, '203.0.113.9'));
    await attempt(user.login, PASSWORD, t0, '203.0.113.9');
    const events = await database.owner.db
      .select({
        kind: securityEvent.kind,
        ip: securityEvent.ip,
        userAgent: securityEvent.userAgent,
      })
      .from(securityEvent)
      .where(eq(securityEvent.userId, user.id))
      .orderBy(securityEvent.at);
    expect(events).toEqual([
      { kind: 'account_created', ip: null, userAgent: null },
      { kind: 'sign_in_failed', ip: '203.0.113.9', userAgent: 'Chrome' },
      { kind: 'sign_in_succeeded', ip: '203.0.113.9', userAgent: 'Chrome' },
    ]);
  });
});
