import { session } from '@concord/db/schema';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError } from '../auth-error.ts';
import { hashSecret } from '../crypto/hash-secret.ts';
import { insertUser } from '../testing/fixtures.ts';
import { createSession } from './create-session.ts';
import { deleteExpiredSessions } from './delete-expired-sessions.ts';
import { invalidateAllSessions } from './invalidate-all-sessions.ts';
import { invalidateSession } from './invalidate-session.ts';
import { listSessions } from './list-sessions.ts';
import { revokeSession } from './revoke-session.ts';
import { signOutEverywhere } from './sign-out-everywhere.ts';
import { validateSessionToken } from './validate-session-token.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const t0 = new Date('2026-11-25T08:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

let database: TestDatabase;
let db: TestDatabase['app']['db'];
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.app.db;
});
afterAll(() => database.drop());

const open = (userId: string, now = t0) =>
  createSession(db, { userId, twoFactorVerified: true, userAgent: 'Firefox', ip: '10.0.0.1', now });

describe('sessions', () => {
  it('validates a fresh token and stores only the secret hash', async () => {
    const user = await insertUser(db);
    const { token, session: info } = await open(user.id);
    const [id, secret] = token.split('.') as [string, string];
    expect(info.id).toBe(id);
    expect(info.expiresAt).toEqual(at(7 * 24 * HOUR));
    const [row] = await database.owner.db.select().from(session).where(eq(session.id, id));
    expect(Buffer.from(row!.secretHash)).toEqual(Buffer.from(hashSecret(secret)));
    expect(JSON.stringify(row)).not.toContain(secret);

    const result = await validateSessionToken(db, token, { now: at(MINUTE / 2) });
    expect(result?.session.id).toBe(id);
    expect(result?.user).toMatchObject({ id: user.id, email: user.login, totpEnabled: false });
    expect(result?.user).not.toHaveProperty('passwordHash');
  });

  it('refuses a wrong secret, an unknown id and garbage', async () => {
    const user = await insertUser(db);
    const { token } = await open(user.id);
    const [id] = token.split('.') as [string];
    const forged = `${id}.${'a'.repeat(32)}`;
    expect(await validateSessionToken(db, forged, { now: t0 })).toBeNull();
    expect(
      await validateSessionToken(db, `${'b'.repeat(32)}.${'a'.repeat(32)}`, { now: t0 }),
    ).toBeNull();
    expect(await validateSessionToken(db, 'garbage', { now: t0 })).toBeNull();
    // The forged attempt does not end the real session.
    expect(await validateSessionToken(db, token, { now: t0 })).not.toBeNull();
  });

  it('slides the inactivity window with use, writing activity at most once a minute', async () => {
    const user = await insertUser(db);
    const { token, session: info } = await open(user.id);
    const lastActive = async () =>
      (await database.owner.db.select().from(session).where(eq(session.id, info.id)))[0]
        ?.lastActiveAt;

    await validateSessionToken(db, token, { now: at(30_000) });
    expect(await lastActive()).toEqual(t0);
    await validateSessionToken(db, token, { now: at(11 * HOUR) });
    expect(await lastActive()).toEqual(at(11 * HOUR));
    // 22 h after sign-in but only 11 h idle: still alive.
    expect(await validateSessionToken(db, token, { now: at(22 * HOUR) })).not.toBeNull();
  });

  it('ends a session idle longer than the inactivity timeout, and deletes it', async () => {
    const user = await insertUser(db);
    const { token, session: info } = await open(user.id);
    expect(await validateSessionToken(db, token, { now: at(12 * HOUR - 1) })).not.toBeNull();
    const idle = at(12 * HOUR - 1 + 12 * HOUR);
    expect(await validateSessionToken(db, token, { now: idle })).toBeNull();
    expect(await database.owner.db.select().from(session).where(eq(session.id, info.id))).toEqual(
      [],
    );
  });

  it('honours a configured inactivity timeout', async () => {
    const user = await insertUser(db);
    const { token } = await open(user.id);
    const config = { inactivityTimeoutMs: 30 * MINUTE, absoluteLifetimeMs: 7 * 24 * HOUR };
    expect(await validateSessionToken(db, token, { now: at(29 * MINUTE), config })).not.toBeNull();
    expect(await validateSessionToken(db, token, { now: at(60 * MINUTE), config })).toBeNull();
  });

  it('ends a session at its absolute lifetime however active it is', async () => {
    const user = await insertUser(db);
    const { token } = await open(user.id);
    for (let hour = 10; hour < 7 * 24; hour += 10)
      expect(await validateSessionToken(db, token, { now: at(hour * HOUR) })).not.toBeNull();
    expect(await validateSessionToken(db, token, { now: at(7 * 24 * HOUR) })).toBeNull();
  });

  it('signs out one session', async () => {
    const user = await insertUser(db);
    const a = await open(user.id);
    const b = await open(user.id);
    await invalidateSession(db, { sessionId: a.session.id });
    expect(await validateSessionToken(db, a.token, { now: t0 })).toBeNull();
    expect(await validateSessionToken(db, b.token, { now: t0 })).not.toBeNull();
  });

  it("revokes one's own session by id, never another user's", async () => {
    const alice = await insertUser(db);
    const bob = await insertUser(db);
    const bobs = await open(bob.id);
    await expect(
      revokeSession(db, { userId: alice.id, sessionId: bobs.session.id }),
    ).rejects.toThrow(new AuthError('SESSION_INVALID'));
    expect(await validateSessionToken(db, bobs.token, { now: t0 })).not.toBeNull();
    await revokeSession(db, { userId: bob.id, sessionId: bobs.session.id });
    expect(await validateSessionToken(db, bobs.token, { now: t0 })).toBeNull();
  });

  it('revokes all sessions of a user, optionally keeping the current one', async () => {
    const user = await insertUser(db);
    const other = await insertUser(db);
    const [a, b, c] = [await open(user.id), await open(user.id), await open(user.id)];
    const others = await open(other.id);
    expect(await invalidateAllSessions(db, user.id, { exceptSessionId: a.session.id })).toBe(2);
    expect(await validateSessionToken(db, a.token, { now: t0 })).not.toBeNull();
    expect(await validateSessionToken(db, b.token, { now: t0 })).toBeNull();
    expect(await validateSessionToken(db, c.token, { now: t0 })).toBeNull();
    expect(await invalidateAllSessions(db, user.id)).toBe(1);
    expect(await validateSessionToken(db, a.token, { now: t0 })).toBeNull();
    expect(await validateSessionToken(db, others.token, { now: t0 })).not.toBeNull();
  });

  it('signs out everywhere else and records it', async () => {
    const user = await insertUser(db);
    const [a, b] = [await open(user.id), await open(user.id)];
    expect(await signOutEverywhere(db, { userId: user.id, currentSessionId: a.session.id })).toBe(
      1,
    );
    expect(await validateSessionToken(db, a.token, { now: t0 })).not.toBeNull();
    expect(await validateSessionToken(db, b.token, { now: t0 })).toBeNull();
    const events = await database.owner.sql`
      select kind, detail from security_event where user_id = ${user.id} and kind = 'sessions_revoked_all'`;
    expect(events).toEqual([{ kind: 'sessions_revoked_all', detail: { count: 1 } }]);
  });

  it('lists the live sessions only, most recently active first, without secrets', async () => {
    const user = await insertUser(db);
    const old = await open(user.id, at(-13 * HOUR));
    const a = await open(user.id, at(-HOUR));
    const b = await open(user.id, t0);
    const list = await listSessions(db, user.id, { now: t0 });
    expect(list.map((s) => s.id)).toEqual([b.session.id, a.session.id]);
    expect(list.map((s) => s.id)).not.toContain(old.session.id);
    expect(list[0]).not.toHaveProperty('secretHash');
    expect(list[0]).toMatchObject({ userAgent: 'Firefox', ip: '10.0.0.1' });
  });

  it('prunes dead sessions', async () => {
    const user = await insertUser(db);
    const idle = await open(user.id, at(-13 * HOUR));
    const alive = await open(user.id, t0);
    expect(await deleteExpiredSessions(db, { now: t0 })).toBeGreaterThanOrEqual(1);
    const ids = (await database.owner.db.select({ id: session.id }).from(session)).map((r) => r.id);
    expect(ids).toContain(alive.session.id);
    expect(ids).not.toContain(idle.session.id);
  });
});
