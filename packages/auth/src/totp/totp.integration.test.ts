import { recoveryCode, securityEvent, user } from '@concord/db/schema';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError } from '../auth-error.ts';
import { createSession } from '../session/create-session.ts';
import { validateSessionToken } from '../session/validate-session-token.ts';
import { config, enrolTotp, insertUser, PASSWORD, totpCode } from '../testing/fixtures.ts';
import { beginTotpEnrolment } from './begin-totp-enrolment.ts';
import { confirmTotpEnrolment } from './confirm-totp-enrolment.ts';
import { disableTotp } from './disable-totp.ts';
import { useRecoveryCode } from './use-recovery-code.ts';
import { verifyTotp } from './verify-totp.ts';

const t0 = new Date('2026-11-25T08:00:10Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const key = config.totpEncryptionKey;

let database: TestDatabase;
let db: TestDatabase['app']['db'];
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.app.db;
});
afterAll(() => database.drop());

const userRow = async (id: string) =>
  (await database.owner.db.select().from(user).where(eq(user.id, id)))[0]!;
const open = (userId: string, twoFactorVerified = false) =>
  createSession(db, { userId, twoFactorVerified, userAgent: null, ip: null, now: t0 });
const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'OK',
    (error: unknown) => (error instanceof AuthError ? error.code : Promise.reject(error)),
  );

describe('TOTP enrolment', () => {
  it('offers a key URI and QR code, keeping the pending key sealed', async () => {
    const alice = await insertUser(db, { login: 'alice.totp@example.cn' });
    const started = await beginTotpEnrolment(db, { userId: alice.id, totpEncryptionKey: key });
    expect(started.keyUri).toMatch(
      /^otpauth:\/\/totp\/Concord:alice\.totp%40example\.cn\?issuer=Concord&algorithm=SHA1&secret=[A-Z2-7]{32}&period=30&digits=6$/,
    );
    expect(started.qrCodeSvg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    const raw = decodeBase32IgnorePadding(started.manualKey);
    expect(raw.byteLength).toBe(20);
    const row = await userRow(alice.id);
    expect(row.totpKey).toBeNull();
    expect(row.totpPendingKey?.byteLength).toBe(12 + 20 + 16);
    expect(Buffer.from(row.totpPendingKey!).includes(Buffer.from(raw))).toBe(false);
  });

  it('confirms with a code: activates the key, returns ten recovery codes, ends other sessions', async () => {
    const bob = await insertUser(db);
    const current = await open(bob.id, true);
    const other = await open(bob.id, true);
    const { manualKey } = await beginTotpEnrolment(db, { userId: bob.id, totpEncryptionKey: key });
    const raw = decodeBase32IgnorePadding(manualKey);
    const confirm = (code: string) =>
      confirmTotpEnrolment(db, {
        userId: bob.id,
        code,
        now: t0,
        totpEncryptionKey: key,
        currentSessionId: current.session.id,
      });

    expect(await codeOf(confirm('000000'))).toBe('TOTP_INVALID');
    const { recoveryCodes } = await confirm(totpCode(raw, t0));
    expect(recoveryCodes).toHaveLength(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    expect(new Set(recoveryCodes).size).toBe(10);

    const row = await userRow(bob.id);
    expect(row).toMatchObject({ totpPendingKey: null, totpEnabledAt: t0 });
    expect(row.totpKey).not.toBeNull();
    const stored = await database.owner.db
      .select()
      .from(recoveryCode)
      .where(eq(recoveryCode.userId, bob.id));
    expect(stored).toHaveLength(10);
    for (const code of recoveryCodes)
      expect(JSON.stringify(stored)).not.toContain(code.replaceAll('-', ''));

    expect(await validateSessionToken(db, other.token, { now: t0 })).toBeNull();
    const kept = await validateSessionToken(db, current.token, { now: t0 });
    expect(kept).toMatchObject({
      session: { twoFactorVerified: true },
      user: { totpEnabled: true },
    });

    // The confirming code's step is consumed already.
    expect(
      await codeOf(
        verifyTotp(db, {
          userId: bob.id,
          code: totpCode(raw, t0),
          now: t0,
          totpEncryptionKey: key,
        }),
      ),
    ).toBe('TOTP_REPLAYED');
    expect(await codeOf(confirm(totpCode(raw, t0)))).toBe('TOTP_ALREADY_ENABLED');
    expect(await codeOf(beginTotpEnrolment(db, { userId: bob.id, totpEncryptionKey: key }))).toBe(
      'TOTP_ALREADY_ENABLED',
    );
  });

  it('refuses confirmation when no enrolment was started', async () => {
    const carol = await insertUser(db);
    expect(
      await codeOf(
        confirmTotpEnrolment(db, {
          userId: carol.id,
          code: '123456',
          now: t0,
          totpEncryptionKey: key,
        }),
      ),
    ).toBe('TOTP_ENROLMENT_NOT_STARTED');
  });

  it('cannot open a sealed key with another encryption key', async () => {
    const dave = await insertUser(db);
    const { key: raw } = await enrolTotp(db, { userId: dave.id, now: t0 });
    const wrongKey = crypto.getRandomValues(new Uint8Array(32));
    await expect(
      verifyTotp(db, {
        userId: dave.id,
        code: totpCode(raw, t0),
        now: t0,
        totpEncryptionKey: wrongKey,
      }),
    ).rejects.toThrow();
  });
});

describe('verifyTotp', () => {
  it('accepts a code once: the same code twice is refused', async () => {
    const erin = await insertUser(db);
    const { key: raw } = await enrolTotp(db, { userId: erin.id, now: t0 });
    const verify = (code: string, now = t0) =>
      verifyTotp(db, { userId: erin.id, code, now, totpEncryptionKey: key });
    const code = totpCode(raw, t0);
    expect(await codeOf(verify(code))).toBe('OK');
    expect(await codeOf(verify(code))).toBe('TOTP_REPLAYED');
    // Nor is an earlier step's code that is still inside the drift window.
    expect(await codeOf(verify(totpCode(raw, t0, -1)))).toBe('TOTP_REPLAYED');
    // The next step's code is fine, and afterwards the current one is spent too.
    expect(await codeOf(verify(totpCode(raw, at(30_000)), at(30_000)))).toBe('OK');
    expect(await codeOf(verify('999999'))).toBe('TOTP_INVALID');
  });

  it('lets exactly one of two concurrent uses of a code pass', async () => {
    for (let round = 0; round < 5; round++) {
      const frank = await insertUser(db);
      const { key: raw } = await enrolTotp(db, { userId: frank.id, now: t0 });
      const code = totpCode(raw, t0);
      const results = await Promise.all(
        [1, 2, 3].map(() =>
          codeOf(verifyTotp(db, { userId: frank.id, code, now: t0, totpEncryptionKey: key })),
        ),
      );
      expect(results.sort()).toEqual(['OK', 'TOTP_REPLAYED', 'TOTP_REPLAYED']);
    }
  });

  it('refuses users without TOTP', async () => {
    const gina = await insertUser(db);
    expect(
      await codeOf(
        verifyTotp(db, { userId: gina.id, code: '123456', now: t0, totpEncryptionKey: key }),
      ),
    ).toBe('TOTP_NOT_ENABLED');
  });
});

describe('recovery codes', () => {
  it('work once each, in any case and with or without dashes', async () => {
    const hank = await insertUser(db);
    const { recoveryCodes } = await enrolTotp(db, { userId: hank.id, now: t0 });
    const [first, second] = recoveryCodes as [string, string];
    expect(
      await useRecoveryCode(db, { userId: hank.id, code: first.toUpperCase(), now: t0 }),
    ).toEqual({ remaining: 9 });
    expect(await codeOf(useRecoveryCode(db, { userId: hank.id, code: first, now: t0 }))).toBe(
      'RECOVERY_CODE_INVALID',
    );
    expect(
      await useRecoveryCode(db, { userId: hank.id, code: second.replaceAll('-', ''), now: t0 }),
    ).toEqual({
      remaining: 8,
    });
    const events = await database.owner.db
      .select({ kind: securityEvent.kind })
      .from(securityEvent)
      .where(eq(securityEvent.userId, hank.id));
    expect(events.filter((e) => e.kind === 'recovery_code_used')).toHaveLength(2);
  });

  it('work for their owner only, and once even when used concurrently', async () => {
    const ivan = await insertUser(db);
    const judy = await insertUser(db);
    const { recoveryCodes } = await enrolTotp(db, { userId: ivan.id, now: t0 });
    const code = recoveryCodes[0]!;
    expect(await codeOf(useRecoveryCode(db, { userId: judy.id, code, now: t0 }))).toBe(
      'RECOVERY_CODE_INVALID',
    );
    const results = await Promise.all(
      [1, 2, 3].map(() => codeOf(useRecoveryCode(db, { userId: ivan.id, code, now: t0 }))),
    );
    expect(results.sort()).toEqual(['OK', 'RECOVERY_CODE_INVALID', 'RECOVERY_CODE_INVALID']);
  });
});

describe('disableTotp', () => {
  it('requires the password, then removes key and codes and ends other sessions', async () => {
    const kim = await insertUser(db);
    const { key: raw, recoveryCodes } = await enrolTotp(db, { userId: kim.id, now: t0 });
    const current = await open(kim.id, true);
    const other = await open(kim.id, true);
    const disable = (password: string) =>
      disableTotp(db, {
        userId: kim.id,
        password,
        now: t0,
        throttle: config.throttle.account,
        currentSessionId: current.session.id,
      });
    expect(await codeOf(disable('wrong password'))).toBe('INVALID_CREDENTIALS');
    expect((await userRow(kim.id)).totpKey).not.toBeNull();

    await disable(PASSWORD);
    expect(await userRow(kim.id)).toMatchObject({
      totpKey: null,
      totpEnabledAt: null,
      totpLastStep: null,
    });
    expect(
      await database.owner.db.select().from(recoveryCode).where(eq(recoveryCode.userId, kim.id)),
    ).toEqual([]);
    expect(await validateSessionToken(db, other.token, { now: t0 })).toBeNull();
    expect(await validateSessionToken(db, current.token, { now: t0 })).not.toBeNull();
    expect(
      await codeOf(
        verifyTotp(db, {
          userId: kim.id,
          code: totpCode(raw, t0),
          now: t0,
          totpEncryptionKey: key,
        }),
      ),
    ).toBe('TOTP_NOT_ENABLED');
    expect(
      await codeOf(useRecoveryCode(db, { userId: kim.id, code: recoveryCodes[1]!, now: t0 })),
    ).toBe('RECOVERY_CODE_INVALID');
    expect(await codeOf(disable(PASSWORD))).toBe('TOTP_NOT_ENABLED');
    const kinds = (
      await database.owner.db
        .select({ kind: securityEvent.kind })
        .from(securityEvent)
        .where(eq(securityEvent.userId, kim.id))
    ).map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['totp_enabled', 'password_confirmation_failed', 'totp_disabled']),
    );
  });
});
