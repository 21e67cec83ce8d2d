// The tenant-isolation matrix: every procedure of the app router is called by county B's people
// with county A's slug and ids. Each must answer NOT_FOUND (or, when it succeeds, return nothing
// of A's), and A's rows must be byte-for-byte unchanged, checked through the owner connection.
import { createSession } from '@concord/auth/session/create-session';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './root.ts';
import { createWorld, type Person, type World } from './testing/world.ts';

let database: TestDatabase;
let world: World;
let invitationOfA: { id: string; token: string };

/** How each procedure is probed. `tenant`: the harness adds `tenantSlug`; the input carries A's ids. */
type Probe =
  | { kind: 'tenant'; input: (w: World) => Record<string, unknown> }
  | { kind: 'own-account' | 'public'; input: (w: World) => unknown };

const forgedToken = (w: World) => `${w.a.town.id}.${invitationOfA.id}.${'a'.repeat(32)}`;

const probes: Record<string, Probe> = {
  'auth.signIn': {
    kind: 'public',
    input: (w) => ({ login: w.a.countyAdmin.login, password: 'not-the-password' }),
  },
  'auth.completeTwoFactor': { kind: 'own-account', input: () => ({ code: '000000' }) },
  'auth.signOut': { kind: 'own-account', input: () => undefined },
  'auth.me': { kind: 'own-account', input: () => undefined },
  'auth.previewInvitation': { kind: 'public', input: (w) => ({ token: forgedToken(w) }) },
  'auth.acceptInvitation': {
    kind: 'public',
    input: (w) => ({ token: forgedToken(w), password: 'Another-password-1' }),
  },
  'account.listSessions': { kind: 'own-account', input: () => undefined },
  'account.revokeSession': {
    kind: 'own-account',
    input: (w) => ({ sessionId: w.a.countyAdmin.sessionId }),
  },
  'account.signOutElsewhere': { kind: 'own-account', input: () => undefined },
  'account.beginTotpEnrolment': { kind: 'own-account', input: () => undefined },
  'account.confirmTotpEnrolment': { kind: 'own-account', input: () => ({ code: '123456' }) },
  'account.disableTotp': { kind: 'own-account', input: () => ({ password: 'wrong' }) },
  'account.changePassword': {
    kind: 'own-account',
    input: () => ({ currentPassword: 'wrong', newPassword: 'Brand-new-pass-9' }),
  },
  'account.setLocale': { kind: 'own-account', input: () => ({ locale: 'en' }) },
  'account.twoFactorStatus': { kind: 'own-account', input: () => undefined },
  'tenant.listMine': { kind: 'own-account', input: () => undefined },
  'tenant.current': { kind: 'tenant', input: () => ({}) },
  'tenant.listTowns': { kind: 'tenant', input: () => ({}) },
  'member.list': { kind: 'tenant', input: () => ({}) },
  'member.invite': {
    kind: 'tenant',
    input: () => ({ login: 'probe@example.cn', displayName: '探针', role: 'mediator' }),
  },
  'member.listInvitations': { kind: 'tenant', input: () => ({}) },
  'member.revokeInvitation': { kind: 'tenant', input: () => ({ invitationId: invitationOfA.id }) },
  'member.grantRole': {
    kind: 'tenant',
    input: (w) => ({ userId: w.a.mediator.userId, role: 'viewer' }),
  },
  'member.revokeRole': { kind: 'tenant', input: (w) => ({ membershipId: w.a.countyAdmin.userId }) },
  'audit.list': { kind: 'tenant', input: () => ({}) },
};

const procedurePaths = () => Object.keys(appRouter._def.procedures).sort();

/** Everything of A's, hashed table by table through the owner connection. */
async function snapshotOfA(w: World): Promise<Record<string, string>> {
  const people = [w.a.countyAdmin, w.a.townAdmin, w.a.mediator].map((p) => p.userId);
  const county = w.a.county.id;
  const queries = {
    tenant: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from tenant t where county_id = ${county}`,
    org_unit: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from org_unit t where county_id = ${county}`,
    membership: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from membership t where county_id = ${county}`,
    invitation: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from invitation t where county_id = ${county}`,
    audit_log: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from audit_log t where county_id = ${county}`,
    user: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from "user" t where id in ${people}`,
    session: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from session t where user_id in ${people}`,
  };
  const result: Record<string, string> = {};
  for (const [table, query] of Object.entries(queries)) {
    const [row] = await w.database.owner.db.execute<{ h: string }>(query);
    result[table] = row?.h ?? '';
  }
  return result;
}

function identifiersOfA(w: World): string[] {
  const people = [w.a.countyAdmin, w.a.townAdmin, w.a.mediator];
  return [
    w.a.county.id,
    w.a.town.id,
    w.a.county.slug,
    w.a.town.slug,
    w.a.county.name,
    w.a.town.name,
    invitationOfA.id,
    ...people.flatMap((p) => [p.userId, p.login, p.sessionId]),
  ];
}

/** A fresh session for B's county administrator per probe (some probes sign out). */
async function freshPerson(person: Person): Promise<Person> {
  const { token, session } = await createSession(world.database.app.db, {
    userId: person.userId,
    twoFactorVerified: true,
    userAgent: 'vitest',
    ip: '127.0.0.2',
    now: new Date(),
  });
  return { ...person, token, sessionId: session.id };
}

async function call(
  person: Person | null,
  path: string,
  input: unknown,
): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }> {
  const caller = (await world.caller(person)) as unknown as Record<
    string,
    Record<string, (i: unknown) => Promise<unknown>>
  >;
  const [group, name] = path.split('.') as [string, string];
  try {
    return { ok: true, value: await caller[group]![name]!(input) };
  } catch (error) {
    return { ok: false, error };
  }
}

function expectNothingOfA(outcome: Awaited<ReturnType<typeof call>>, path: string) {
  if (!outcome.ok) {
    expect(outcome.error, path).toBeInstanceOf(TRPCError);
    return;
  }
  const text = JSON.stringify(outcome.value) ?? '';
  for (const identifier of identifiersOfA(world))
    expect(text.includes(identifier), `${path} leaked ${identifier}`).toBe(false);
}

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
  const adminA = await world.caller(world.a.countyAdmin);
  const invited = await adminA.member.invite({
    tenantSlug: world.a.town.slug,
    login: '13800138000',
    displayName: '张三',
    role: 'mediator',
  });
  invitationOfA = { id: invited.invitationId, token: invited.token };
  // B has data of its own, so list procedures have something to return.
  const adminB = await world.caller(world.b.countyAdmin);
  await adminB.member.invite({
    tenantSlug: world.b.town.slug,
    login: '13900139000',
    displayName: '李四',
    role: 'mediator',
  });
});
afterAll(() => database.drop());

describe('tenant-isolation matrix', () => {
  it('has a probe for every procedure of the app router', () => {
    expect(procedurePaths()).toEqual(Object.keys(probes).sort());
  });

  it('gives county B nothing of county A through any procedure', async () => {
    const before = await snapshotOfA(world);
    let count = 0;
    for (const path of procedurePaths()) {
      const probe = probes[path]!;
      const input = probe.input(world);
      if (probe.kind === 'tenant') {
        for (const slug of [world.a.county.slug, world.a.town.slug]) {
          const outcome = await call(await freshPerson(world.b.countyAdmin), path, {
            ...(input as object),
            tenantSlug: slug,
          });
          expect(outcome.ok, `${path} on A's ${slug}`).toBe(false);
          if (!outcome.ok)
            expect((outcome.error as TRPCError).code, `${path} on ${slug}`).toBe('NOT_FOUND');
          count += 1;
        }
        for (const [person, slug] of [
          [world.b.countyAdmin, world.b.county.slug],
          [world.b.townAdmin, world.b.town.slug],
        ] as const) {
          const outcome = await call(await freshPerson(person), path, {
            ...(input as object),
            tenantSlug: slug,
          });
          if (!outcome.ok)
            expect((outcome.error as TRPCError).code, `${path} with A's ids in ${slug}`).toMatch(
              /^(NOT_FOUND|FORBIDDEN)$/,
            );
          expectNothingOfA(outcome, path);
          count += 1;
        }
      } else {
        const person = probe.kind === 'public' ? null : await freshPerson(world.b.countyAdmin);
        expectNothingOfA(await call(person, path, input), path);
        count += 1;
      }
      expect(await snapshotOfA(world), `A changed by ${path}`).toEqual(before);
    }
    console.info(
      `tenant-isolation matrix: ${count} probes over ${procedurePaths().length} procedures`,
    );
    expect(count).toBeGreaterThan(procedurePaths().length);
  });

  it('still lets A use its own invitation (the probes did not consume it)', async () => {
    const outcome = await call(null, 'auth.previewInvitation', { token: invitationOfA.token });
    expect(outcome.ok && (outcome.value as { state: string }).state).toBe('pending');
  });
});
