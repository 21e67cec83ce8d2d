import { auditLog, invitation, membership, user } from '@concord/db/schema';
import { systemScope, withScope } from '@concord/db/scope';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError } from '../auth-error.ts';
import { signIn } from '../sign-in/sign-in.ts';
import { config, insertCounty, insertUser, PASSWORD } from '../testing/fixtures.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { createInvitation } from './create-invitation.ts';
import { revokeInvitation } from './revoke-invitation.ts';

const DAY = 24 * 60 * 60_000;
const t0 = new Date('2026-11-25T08:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

let database: TestDatabase;
let db: TestDatabase['app']['db'];
let county: { id: string; countyId: string };
let otherCounty: { id: string; countyId: string };
let admin: { id: string };
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.app.db;
  county = await insertCounty(database.owner.db);
  otherCounty = await insertCounty(database.owner.db);
  admin = await insertUser(db);
});
afterAll(() => database.drop());

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'OK',
    (error: unknown) => (error instanceof AuthError ? error.code : Promise.reject(error)),
  );

let loginCounter = 0;
function invite(options: { login?: string; ttlMs?: number; tenant?: typeof county } = {}) {
  const tenant = options.tenant ?? county;
  return withScope(db, systemScope([tenant.id]), (tx) =>
    createInvitation(tx, {
      tenant,
      login: options.login ?? `invitee${++loginCounter}@example.cn`,
      displayName: '李调解',
      role: 'mediator',
      invitedBy: admin.id,
      ttlMs: options.ttlMs,
      now: t0,
    }),
  );
}

const auditOf = (targetId: string) =>
  database.owner.db
    .select({ action: auditLog.action, actorUserId: auditLog.actorUserId, seq: auditLog.seq })
    .from(auditLog)
    .where(eq(auditLog.targetId, targetId));

describe('invitations', () => {
  it('stores only the token hash and audits the invitation', async () => {
    const { token, invitationId, expiresAt } = await invite();
    expect(expiresAt).toEqual(at(7 * DAY));
    const [row] = await database.owner.db
      .select()
      .from(invitation)
      .where(eq(invitation.id, invitationId));
    const secret = token.split('.')[2]!;
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row?.tokenHash.byteLength).toBe(32);
    const entries = await auditOf(invitationId);
    expect(entries).toEqual([
      { action: 'invitation.created', actorUserId: admin.id, seq: expect.any(Number) },
    ]);
  });

  it("cannot be created in another tenant's scope", async () => {
    await expect(
      withScope(db, systemScope([county.id]), (tx) =>
        createInvitation(tx, {
          tenant: otherCounty,
          login: 'x@example.cn',
          displayName: 'x',
          role: 'viewer',
          invitedBy: admin.id,
          now: t0,
        }),
      ),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/row-level security/) } });
  });

  it('creates the account and the membership for a new person', async () => {
    const { token, invitationId } = await invite({ login: 'New.Person@Example.cn' });
    expect(await codeOf(acceptInvitation(db, { token, now: at(DAY) }))).toBe('PASSWORD_REQUIRED');
    expect(await codeOf(acceptInvitation(db, { token, password: 'password', now: at(DAY) }))).toBe(
      'PASSWORD_TOO_COMMON',
    );
    const result = await acceptInvitation(db, {
      token,
      password: PASSWORD,
      displayName: ' 王新 ',
      now: at(DAY),
    });
    expect(result).toMatchObject({
      userCreated: true,
      tenantId: county.id,
      countyId: county.countyId,
      role: 'mediator',
    });

    const [created] = await database.owner.db.select().from(user).where(eq(user.id, result.userId));
    expect(created).toMatchObject({ email: 'new.person@example.cn', displayName: '王新' });
    const memberships = await database.owner.db
      .select()
      .from(membership)
      .where(eq(membership.userId, result.userId));
    expect(memberships).toMatchObject([{ tenantId: county.id, role: 'mediator' }]);
    const [row] = await database.owner.db
      .select()
      .from(invitation)
      .where(eq(invitation.id, invitationId));
    expect(row).toMatchObject({ acceptedAt: at(DAY), acceptedBy: result.userId });

    expect((await auditOf(invitationId)).map((e) => e.action)).toEqual([
      'invitation.created',
      'invitation.accepted',
    ]);
    expect((await auditOf(memberships[0]!.id)).map((e) => [e.action, e.actorUserId])).toEqual([
      ['membership.created', result.userId],
    ]);
    expect(
      (
        await signIn(db, {
          login: 'new.person@example.cn',
          password: PASSWORD,
          ip: null,
          userAgent: null,
          now: at(DAY),
          config,
        })
      ).user.id,
    ).toBe(result.userId);
  });

  it('adds the membership to an existing account without asking for a password', async () => {
    const existing = await insertUser(db, { login: '13700001111' });
    const { token } = await invite({ login: '137-0000-1111' });
    const result = await acceptInvitation(db, { token, now: t0 });
    expect(result).toMatchObject({ userId: existing.id, userCreated: false });
  });

  it('is single-use', async () => {
    const { token } = await invite();
    await acceptInvitation(db, { token, password: PASSWORD, now: t0 });
    expect(await codeOf(acceptInvitation(db, { token, password: PASSWORD, now: t0 }))).toBe(
      'INVITATION_USED',
    );
  });

  it('lets exactly one of concurrent acceptances succeed', async () => {
    for (let round = 0; round < 3; round++) {
      const login = `race${round}@example.cn`;
      const { token, invitationId } = await invite({ login });
      const results = await Promise.all(
        [1, 2, 3].map(() => codeOf(acceptInvitation(db, { token, password: PASSWORD, now: t0 }))),
      );
      expect(results.sort()).toEqual(['INVITATION_USED', 'INVITATION_USED', 'OK']);
      expect(await database.owner.db.select().from(user).where(eq(user.email, login))).toHaveLength(
        1,
      );
      expect((await auditOf(invitationId)).map((e) => e.action)).toEqual([
        'invitation.created',
        'invitation.accepted',
      ]);
    }
  });

  it('expires', async () => {
    const { token } = await invite({ ttlMs: DAY });
    expect(await codeOf(acceptInvitation(db, { token, password: PASSWORD, now: at(DAY) }))).toBe(
      'INVITATION_EXPIRED',
    );
    expect(
      await codeOf(acceptInvitation(db, { token, password: PASSWORD, now: at(DAY - 1) })),
    ).toBe('OK');
  });

  it('can be revoked while pending, and is then refused', async () => {
    const { token, invitationId } = await invite();
    const revoke = () =>
      withScope(db, systemScope([county.id]), (tx) =>
        revokeInvitation(tx, { invitationId, revokedBy: admin.id, now: t0 }),
      );
    await revoke();
    expect(await codeOf(acceptInvitation(db, { token, password: PASSWORD, now: t0 }))).toBe(
      'INVITATION_REVOKED',
    );
    expect(await codeOf(revoke())).toBe('INVITATION_INVALID');
    expect((await auditOf(invitationId)).map((e) => e.action)).toEqual([
      'invitation.created',
      'invitation.revoked',
    ]);
  });

  it("cannot be revoked from another tenant's scope", async () => {
    const { invitationId } = await invite();
    const attempt = withScope(db, systemScope([otherCounty.id]), (tx) =>
      revokeInvitation(tx, { invitationId, revokedBy: admin.id, now: t0 }),
    );
    expect(await codeOf(attempt)).toBe('INVITATION_INVALID');
  });

  it('refuses a wrong secret, a wrong tenant and garbage alike', async () => {
    const { token } = await invite();
    const [tenantId, invitationId] = token.split('.') as [string, string];
    const forged = `${tenantId}.${invitationId}.${'a'.repeat(32)}`;
    const elsewhere = token.replace(tenantId, otherCounty.id);
    for (const bad of [forged, elsewhere, 'garbage', ''])
      expect(await codeOf(acceptInvitation(db, { token: bad, password: PASSWORD, now: t0 }))).toBe(
        'INVITATION_INVALID',
      );
    expect(await codeOf(acceptInvitation(db, { token, password: PASSWORD, now: t0 }))).toBe('OK');
  });

  it('refuses an invitation for a malformed login', async () => {
    expect(await codeOf(invite({ login: 'not a login' }))).toBe('LOGIN_INVALID');
  });
});
