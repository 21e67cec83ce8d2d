// The tenant-isolation matrix: every procedure of the app router is called by county B's people
// with county A's slug and ids. Each must answer NOT_FOUND (or, when it succeeds, return nothing
// of A's), and A's rows must be byte-for-byte unchanged, checked through the owner connection.
import { createSession } from '@concord/auth/session/create-session';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { defaultStageDeadlines } from '@concord/domain/deadline/stage-deadlines';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './root.ts';
import {
  agreementForm,
  type CasesInEveryState,
  casesInEveryState,
  chinaToday,
  intakeForm,
} from './testing/case-fixture.ts';
import { createWorld, type Person, type World } from './testing/world.ts';

let database: TestDatabase;
let world: World;
let invitationOfA: { id: string; token: string };
/** A's cases in every state, made through the app in beforeAll: what the case probes aim at. */
let casesOfA: CasesInEveryState;

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
  // County onboarding: sign-up, configuration, towns, org units, centre setup. Creations carry
  // A's ids where they reference anything, and otherwise succeed inside B's own tenants.
  'county.signUp': {
    kind: 'public',
    input: (w) => ({
      countyName: '探针县',
      divisionCode: '330102',
      slug: w.a.county.slug,
      adminLogin: w.a.countyAdmin.login,
      displayName: '探针',
      password: 'Probe-password-2026',
    }),
  },
  'settings.get': { kind: 'tenant', input: () => ({ key: 'numbering' }) },
  'settings.history': { kind: 'tenant', input: () => ({ key: 'stage_deadlines' }) },
  'settings.update': {
    kind: 'tenant',
    input: (w) => ({
      key: 'stage_deadlines',
      value: {
        stages: defaultStageDeadlines,
        categoryOverrides: {
          [w.a.setup.categoryId]: {
            acceptance: { rule: { amount: 1, unit: 'working_days' }, warnDays: 0 },
          },
        },
      },
    }),
  },
  'category.list': { kind: 'tenant', input: () => ({}) },
  'category.create': {
    kind: 'tenant',
    input: (w) => ({
      name: '探针纠纷',
      nationalCode: 'neighbour',
      defaultTierLevel: 3,
      committeeId: w.a.setup.committeeId,
    }),
  },
  'category.rename': {
    kind: 'tenant',
    input: (w) => ({ categoryId: w.a.setup.categoryId, name: '探针' }),
  },
  'category.setDefaults': {
    kind: 'tenant',
    input: (w) => ({ categoryId: w.a.setup.categoryId, defaultTierLevel: 1, committeeId: null }),
  },
  'category.retire': { kind: 'tenant', input: (w) => ({ categoryId: w.a.setup.categoryId }) },
  'category.restore': { kind: 'tenant', input: (w) => ({ categoryId: w.a.setup.categoryId }) },
  'category.markReviewed': { kind: 'tenant', input: () => ({}) },
  'committee.list': { kind: 'tenant', input: () => ({}) },
  'committee.create': { kind: 'tenant', input: () => ({ name: '探针调解委员会' }) },
  'committee.rename': {
    kind: 'tenant',
    input: (w) => ({ committeeId: w.a.setup.committeeId, name: '探针' }),
  },
  'committee.retire': { kind: 'tenant', input: (w) => ({ committeeId: w.a.setup.committeeId }) },
  'committee.restore': { kind: 'tenant', input: (w) => ({ committeeId: w.a.setup.committeeId }) },
  'calendar.listYears': { kind: 'tenant', input: () => ({}) },
  'calendar.getYear': { kind: 'tenant', input: () => ({ year: 2026 }) },
  'calendar.setYear': {
    kind: 'tenant',
    input: () => ({ year: 2026, holidays: ['2026-01-01'], adjustedWorkdays: [] }),
  },
  'town.list': { kind: 'tenant', input: () => ({}) },
  'town.create': {
    kind: 'tenant',
    input: (w) => ({ name: '探针镇', divisionCode: '330102101', slug: `probe-${w.b.county.slug}` }),
  },
  'town.deactivate': { kind: 'tenant', input: (w) => ({ townId: w.a.town.id }) },
  'town.reactivate': { kind: 'tenant', input: (w) => ({ townId: w.a.town.id }) },
  'orgUnit.tree': { kind: 'tenant', input: () => ({}) },
  'orgUnit.create': {
    kind: 'tenant',
    input: (w) => ({ parentId: w.a.setup.villageUnitId, name: '探针组' }),
  },
  'orgUnit.update': {
    kind: 'tenant',
    input: (w) => ({ unitId: w.a.setup.villageUnitId, name: '探针', population: 1 }),
  },
  'orgUnit.move': {
    kind: 'tenant',
    input: (w) => ({ unitId: w.a.setup.residentUnitId, parentId: w.a.setup.villageUnitId }),
  },
  'orgUnit.retire': { kind: 'tenant', input: (w) => ({ unitId: w.a.setup.residentUnitId }) },
  'orgUnit.restore': { kind: 'tenant', input: (w) => ({ unitId: w.a.setup.residentUnitId }) },
  // A's code is free in B (codes are unique per county): the import succeeds in B's town only.
  'orgUnit.importRows': {
    kind: 'tenant',
    input: (w) => ({
      rows: [{ divisionCode: w.a.setup.villageCode, name: '探针村', tierLevel: 3 }],
    }),
  },
  'centre.listDepartments': { kind: 'tenant', input: () => ({}) },
  'centre.createDepartment': {
    kind: 'tenant',
    input: () => ({ name: '探针部门', presence: 'visiting' }),
  },
  'centre.updateDepartment': {
    kind: 'tenant',
    input: (w) => ({ departmentId: w.a.setup.departmentId, active: false }),
  },
  'centre.listRooms': { kind: 'tenant', input: () => ({}) },
  'centre.createRoom': { kind: 'tenant', input: () => ({ name: '探针调解室' }) },
  'centre.updateRoom': {
    kind: 'tenant',
    input: (w) => ({ roomId: w.a.setup.roomId, capacity: 1 }),
  },
  'onboarding.board': { kind: 'tenant', input: () => ({}) },
  // Cases: every id is one of A's; in B's tenants each must look like a made-up id.
  'case.register': {
    kind: 'tenant',
    input: (w) => {
      const { tenantSlug: _slug, ...form } = intakeForm(w.a, 900);
      return form;
    },
  },
  'case.findPossibleDuplicates': {
    kind: 'tenant',
    input: () => ({ idNumbers: [casesOfA.idNumber], phones: [casesOfA.phone] }),
  },
  'case.revealParty': {
    kind: 'tenant',
    input: () => ({ caseId: casesOfA.registered.caseId, partyId: casesOfA.registered.partyId }),
  },
  'case.route': {
    kind: 'tenant',
    input: () => ({ caseId: casesOfA.registered.caseId, expectedVersion: 1 }),
  },
  'case.escalate': {
    kind: 'tenant',
    input: () => ({
      caseId: casesOfA.mediating.caseId,
      expectedVersion: casesOfA.mediating.version,
      tierLevel: 1,
      reason: '探针',
    }),
  },
  'case.divert': {
    kind: 'tenant',
    input: () => ({
      caseId: casesOfA.registered.caseId,
      expectedVersion: 1,
      divertedTo: 'police',
      reason: '探针',
    }),
  },
  'case.accept': {
    kind: 'tenant',
    input: () => ({ caseId: casesOfA.registered.caseId, expectedVersion: 1 }),
  },
  'case.assign': {
    kind: 'tenant',
    input: (w) => ({
      caseId: casesOfA.mediating.caseId,
      expectedVersion: casesOfA.mediating.version,
      leadOfficial: '探针',
      responsibleDepartment: '探针',
      responsibleUserId: w.a.mediator.userId,
      reason: '探针',
    }),
  },
  'case.close': {
    kind: 'tenant',
    input: () => ({
      caseId: casesOfA.confirming.caseId,
      expectedVersion: casesOfA.confirming.version,
    }),
  },
  'case.reopen': {
    kind: 'tenant',
    input: () => ({
      caseId: casesOfA.closed.caseId,
      expectedVersion: casesOfA.closed.version,
      reason: '探针',
    }),
  },
  'case.supervise': {
    kind: 'tenant',
    input: () => ({ caseId: casesOfA.registered.caseId, expectedVersion: 1, note: '探针' }),
  },
  'case.list': { kind: 'tenant', input: () => ({ search: casesOfA.idNumber }) },
  'case.listMine': { kind: 'tenant', input: () => ({ includeFinished: true }) },
  'case.get': { kind: 'tenant', input: () => ({ caseId: casesOfA.registered.caseId }) },
  'case.timeline': { kind: 'tenant', input: () => ({ caseId: casesOfA.registered.caseId }) },
  'case.export': { kind: 'tenant', input: () => ({ search: casesOfA.registered.caseNumber }) },
  'mediationSession.schedule': {
    kind: 'tenant',
    input: (w) => ({
      caseId: casesOfA.mediating.caseId,
      expectedVersion: casesOfA.mediating.version,
      place: 'room',
      roomId: w.a.setup.roomId,
      startsAt: '2030-01-07T09:00:00+08:00',
      endsAt: '2030-01-07T10:00:00+08:00',
      mediatorUserIds: [w.a.mediator.userId],
    }),
  },
  'mediationSession.record': {
    kind: 'tenant',
    input: () => ({
      sessionId: casesOfA.mediating.sessionId,
      expectedVersion: casesOfA.mediating.version,
      outcome: 'agreement',
    }),
  },
  'mediationSession.cancel': {
    kind: 'tenant',
    input: () => ({
      sessionId: casesOfA.mediating.sessionId,
      expectedVersion: casesOfA.mediating.version,
      reason: '探针',
    }),
  },
  'agreement.create': {
    kind: 'tenant',
    input: () => ({
      caseId: casesOfA.mediating.caseId,
      expectedVersion: casesOfA.mediating.version,
      ...agreementForm(chinaToday()),
    }),
  },
  'agreement.pdf': {
    kind: 'tenant',
    input: () => ({ agreementId: casesOfA.confirming.agreementId }),
  },
  'judicialConfirmation.file': {
    kind: 'tenant',
    input: () => ({
      caseId: casesOfA.confirming.caseId,
      expectedVersion: casesOfA.confirming.version,
      courtName: '探针法院',
      filedOn: chinaToday(),
      contactPhone: '13800000009',
    }),
  },
  'judicialConfirmation.recordOutcome': {
    kind: 'tenant',
    input: () => ({
      confirmationId: casesOfA.confirming.confirmationId,
      expectedVersion: casesOfA.confirming.version,
      outcome: 'confirmed',
      decidedOn: chinaToday(),
      rulingNumber: '探针',
    }),
  },
  'judicialConfirmation.letterPdf': {
    kind: 'tenant',
    input: () => ({ confirmationId: casesOfA.confirming.confirmationId }),
  },
  'followUp.record': {
    kind: 'tenant',
    input: () => ({
      caseId: casesOfA.closed.caseId,
      expectedVersion: casesOfA.closed.version,
      visitedOn: chinaToday(),
      performed: 'yes',
      satisfaction: 'satisfied',
    }),
  },
  'attachment.upload': {
    kind: 'tenant',
    input: () => ({
      caseId: casesOfA.registered.caseId,
      expectedVersion: 1,
      fileName: 'probe.pdf',
      contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
    }),
  },
  'attachment.download': {
    kind: 'tenant',
    input: () => ({ attachmentId: casesOfA.closed.attachmentId }),
  },
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
    tenant_setting: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from tenant_setting t where county_id = ${county}`,
    dispute_category: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from dispute_category t where county_id = ${county}`,
    industry_committee: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from industry_committee t where county_id = ${county}`,
    holiday_schedule: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from holiday_schedule t where county_id = ${county}`,
    centre_department: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from centre_department t where county_id = ${county}`,
    mediation_room: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from mediation_room t where county_id = ${county}`,
    mediation_case: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from mediation_case t where county_id = ${county}`,
    case_counter: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from case_counter t where county_id = ${county}`,
    case_party: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from case_party t where county_id = ${county}`,
    case_event: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from case_event t where county_id = ${county}`,
    mediation_session: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from mediation_session t where county_id = ${county}`,
    agreement: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from agreement t where county_id = ${county}`,
    judicial_confirmation: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from judicial_confirmation t where county_id = ${county}`,
    follow_up: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from follow_up t where county_id = ${county}`,
    attachment: sql`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from attachment t where county_id = ${county}`,
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
    ...caseIdentifiersOfA(),
    // Ids only: A's village code is deliberately imported into B by the orgUnit.importRows probe.
    ...Object.entries(w.a.setup)
      .filter(([key]) => key !== 'villageCode')
      .map(([, id]) => id),
  ];
}

/** Every id, number and clear personal value of A's cases. */
function caseIdentifiersOfA(): string[] {
  const { idNumber, phone, ...states } = casesOfA;
  return [
    idNumber,
    phone,
    ...Object.values(states).flatMap((state) =>
      Object.entries(state)
        .filter(([key]) => key !== 'version')
        .map(([, value]) => String(value)),
    ),
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
  casesOfA = await casesInEveryState(await world.caller(world.a.townAdmin), world.a, 800);
  // B has data of its own, so list procedures have something to return.
  await (await world.caller(world.b.townAdmin)).case.register(intakeForm(world.b, 700));
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
