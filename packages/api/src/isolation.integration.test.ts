// The tenant-isolation matrix: every procedure of the app router is called by county B's people
// with county A's slug and ids, and by the people of town A2 with the ids of its sibling town A1
// (same county). Each must answer NOT_FOUND (or, when it succeeds, return nothing it must not),
// and the rows probed must be byte-for-byte unchanged, checked through the owner connection.
// Procedures filter by tenant on top of row-level security, so A2's request scope is also
// checked against every tenant table directly: a policy leak cannot hide behind a procedure.
import { createSession } from '@concord/auth/session/create-session';
import { userScope, withScope } from '@concord/db/scope';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { defaultStageDeadlines } from '@concord/domain/deadline/stage-deadlines';
import { TRPCError } from '@trpc/server';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './root.ts';
import { resolveTenantAccess } from './tenancy/resolve-tenant-access.ts';
import {
  agreementForm,
  type CasesInEveryState,
  casesInEveryState,
  chinaToday,
  intakeForm,
  readZipEntry,
} from './testing/case-fixture.ts';
import {
  addSiblingTown,
  createWorld,
  type Person,
  type Side,
  type World,
} from './testing/world.ts';

let database: TestDatabase;
let world: World;
let invitationOfA: { id: string; token: string };
/** Town A1's own case-number prefix, a town-level override of the county's numbering. */
const numberingOfA = '甲一镇专调';
/** Town A1's administrator's membership (its role in A1). */
let membershipOfA: string;
/** A's cases in every state, made through the app in beforeAll: what the case probes aim at. */
let casesOfA: CasesInEveryState;
/** Every table with a `tenant_id` (read from the catalog, so new tables are covered too). */
let tenantOwnedTables: string[];
/** Town A2: a sibling of A1 in county A, with its own people, tree, centre and cases. */
let sibling: Side;
let casesOfSibling: CasesInEveryState;

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
  'member.revokeRole': { kind: 'tenant', input: () => ({ membershipId: membershipOfA }) },
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
  // Every town has its own numbering versions (A1 overrides it in beforeAll).
  'settings.history': { kind: 'tenant', input: () => ({ key: 'numbering' }) },
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
  'case.deadlineCounts': { kind: 'tenant', input: () => ({}) },
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
      // Closed after failed mediation: no agreement, so no performance to report.
      caseId: casesOfA.closed.caseId,
      expectedVersion: casesOfA.closed.version,
      visitedOn: chinaToday(),
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

/**
 * What a town of county A legitimately reads of its county (ADR 008: towns work under the
 * county's configuration). Town A2 may get county A's shared ids from these, and nothing of A1.
 */
const sharedWithSiblings: Record<string, string> = {
  'category.list': "the county's dispute categories are every town's intake choices",
  'committee.list': "the county's industry committees are where every town routes cases",
  'settings.get': "a town works under its county's settings unless it may override the key",
  'calendar.listYears': "deadlines in every town count the county's working days",
  'calendar.getYear': "deadlines in every town count the county's working days",
  'orgUnit.tree': "a town's root unit hangs under the county's root unit (its parentId)",
  'case.listMine': "A2's own cases name the county's category each was registered under",
};

/** Refusals besides NOT_FOUND/FORBIDDEN that town A2 gets with A1's ids on its own slug. */
const siblingRefusals: Record<string, string> = {
  // OUTSIDE_TOWN: A1's village code is not under A2's division code; refused before any write.
  'orgUnit.importRows': 'BAD_REQUEST',
};

const sessionOfSibling = () => ({
  caseId: casesOfSibling.mediating.caseId,
  expectedVersion: casesOfSibling.mediating.version,
  startsAt: '2030-01-07T09:00:00+08:00',
  endsAt: '2030-01-07T10:00:00+08:00',
});

/**
 * Town A2's own records pointed at town A1's rows. Foreign keys do not see row-level security,
 * so each use case must refuse the reference itself: NOT_FOUND for an id A2 cannot see, and
 * BAD_REQUEST `not_a_handler` for a person, which a made-up user id gets too.
 */
const siblingReferenceProbes: { path: string; code: string; input: (w: World) => object }[] = [
  {
    path: 'mediationSession.schedule',
    code: 'NOT_FOUND',
    input: (w) => ({
      ...sessionOfSibling(),
      place: 'room',
      roomId: w.a.setup.roomId,
      mediatorUserIds: [sibling.mediator.userId],
    }),
  },
  {
    path: 'mediationSession.schedule',
    code: 'NOT_FOUND',
    input: () => ({
      ...sessionOfSibling(),
      place: 'online',
      location: '线上',
      mediatorUserIds: [sibling.mediator.userId],
      notifyPartyIds: [casesOfA.registered.partyId],
    }),
  },
  {
    path: 'mediationSession.schedule',
    code: 'BAD_REQUEST',
    input: (w) => ({
      ...sessionOfSibling(),
      place: 'online',
      location: '线上',
      mediatorUserIds: [w.a.mediator.userId],
    }),
  },
  {
    path: 'case.assign',
    code: 'BAD_REQUEST',
    input: (w) => ({
      caseId: casesOfSibling.mediating.caseId,
      expectedVersion: casesOfSibling.mediating.version,
      leadOfficial: '探针',
      responsibleDepartment: '探针',
      responsibleUserId: w.a.mediator.userId,
      reason: '探针',
    }),
  },
  {
    path: 'orgUnit.move',
    code: 'NOT_FOUND',
    input: (w) => ({ unitId: sibling.setup.residentUnitId, parentId: w.a.setup.villageUnitId }),
  },
];

const procedurePaths = () => Object.keys(appRouter._def.procedures).sort();

/**
 * Everything of county A's (its towns A1 and A2 included), hashed through the owner connection,
 * keyed `table:owner` with the owning tenant's or person's id, so A2's own rows can be set aside.
 */
async function snapshotOfA(w: World): Promise<Record<string, string>> {
  const people = [
    w.a.countyAdmin,
    w.a.townAdmin,
    w.a.mediator,
    sibling.townAdmin,
    sibling.mediator,
  ];
  const userIds = people.map((p) => p.userId);
  const county = w.a.county.id;
  const rows = (table: string) =>
    sql`select tenant_id::text as owner, md5(string_agg(t::text, '|' order by t.id)) as h from ${sql.identifier(table)} t where county_id = ${county} group by tenant_id`;
  const queries: Record<string, SQL> = {
    tenant: sql`select id::text as owner, md5(t::text) as h from tenant t where county_id = ${county}`,
    user: sql`select id::text as owner, md5(t::text) as h from "user" t where id in ${userIds}`,
    session: sql`select user_id::text as owner, md5(string_agg(t::text, '|' order by t.id)) as h from session t where user_id in ${userIds} group by user_id`,
    ...Object.fromEntries(tenantOwnedTables.map((table) => [table, rows(table)])),
  };
  const result: Record<string, string> = {};
  for (const [table, query] of Object.entries(queries)) {
    for (const row of await w.database.owner.db.execute<{ owner: string; h: string }>(query))
      result[`${table}:${row.owner}`] = row.h;
  }
  return result;
}

/** The snapshot without town A2's own rows and people, which A2's probes may change. */
function withoutSibling(snapshot: Record<string, string>): Record<string, string> {
  const own = new Set([sibling.town.id, sibling.townAdmin.userId, sibling.mediator.userId]);
  return Object.fromEntries(
    Object.entries(snapshot).filter(([key]) => !own.has(key.split(':')[1]!)),
  );
}

const personIdentifiers = (p: Person) => [p.userId, p.login, p.sessionId];

/** A town's own ids and names (not its village code: orgUnit.importRows imports A1's into B). */
function townIdentifiers(side: Side): string[] {
  const { setup } = side;
  return [
    side.town.id,
    side.town.slug,
    side.town.name,
    setup.townRootUnitId,
    setup.villageUnitId,
    setup.residentUnitId,
    setup.departmentId,
    setup.roomId,
    ...personIdentifiers(side.townAdmin),
    ...personIdentifiers(side.mediator),
  ];
}

/** Town A1's data: what neither county B nor the sibling town A2 may see. */
function identifiersOfTownA1(w: World): string[] {
  return [...townIdentifiers(w.a), invitationOfA.id, membershipOfA, ...caseIdentifiers(casesOfA)];
}

/** County A's own tenant and administrator, which no town sees through a procedure either. */
const countyIdentifiersOfA = (w: World) => [
  w.a.county.id,
  w.a.county.slug,
  w.a.county.name,
  ...personIdentifiers(w.a.countyAdmin),
];

/** County A's configuration every town of it reads (see sharedWithSiblings). */
const sharedIdentifiersOfA = (w: World) => [
  w.a.setup.categoryId,
  w.a.setup.committeeId,
  w.a.setup.countyRootUnitId,
];

function identifiersOfA(w: World): string[] {
  return [
    ...countyIdentifiersOfA(w),
    ...sharedIdentifiersOfA(w),
    ...identifiersOfTownA1(w),
    ...townIdentifiers(sibling),
    ...caseIdentifiers(casesOfSibling),
  ];
}

/** What town A2 must not get from `path`: A1's and the county's, shared configuration aside. */
function identifiersHiddenFromSibling(w: World, path: string): string[] {
  return [
    ...identifiersOfTownA1(w),
    ...countyIdentifiersOfA(w),
    ...(path in sharedWithSiblings ? [] : sharedIdentifiersOfA(w)),
  ];
}

/** Every id, number and clear personal value of a town's cases. */
function caseIdentifiers(cases: CasesInEveryState): string[] {
  const { idNumber, phone, ...states } = cases;
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

/** A fresh session of an attacker per probe (some probes sign out). */
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

/** What a result shows, a spreadsheet's cells included (case.export answers a base64 XLSX). */
function visibleText(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  const file = value as { contentType?: string; contentBase64?: string } | null;
  if (!file?.contentType?.includes('spreadsheetml') || !file.contentBase64) return text;
  return text + readZipEntry(Buffer.from(file.contentBase64, 'base64'), 'xl/sharedStrings.xml');
}

function expectNothingOf(
  outcome: Awaited<ReturnType<typeof call>>,
  path: string,
  identifiers: readonly string[],
) {
  if (!outcome.ok) {
    expect(outcome.error, path).toBeInstanceOf(TRPCError);
    return;
  }
  const text = visibleText(outcome.value);
  for (const identifier of identifiers)
    expect(text.includes(identifier), `${path} leaked ${identifier}`).toBe(false);
}

const refusalCode = (outcome: Awaited<ReturnType<typeof call>>) =>
  outcome.ok ? null : (outcome.error as TRPCError).code;

/** County B's county and town administrators against county A; returns the number of probes. */
async function probeAsCountyB(path: string, probe: Probe): Promise<number> {
  if (probe.kind !== 'tenant') {
    const person = probe.kind === 'public' ? null : await freshPerson(world.b.countyAdmin);
    expectNothingOf(await call(person, path, probe.input(world)), path, identifiersOfA(world));
    return 1;
  }
  const input = probe.input(world);
  for (const slug of [world.a.county.slug, world.a.town.slug]) {
    const outcome = await call(await freshPerson(world.b.countyAdmin), path, {
      ...input,
      tenantSlug: slug,
    });
    expect(refusalCode(outcome), `${path} on A's ${slug}`).toBe('NOT_FOUND');
  }
  for (const [person, slug] of [
    [world.b.countyAdmin, world.b.county.slug],
    [world.b.townAdmin, world.b.town.slug],
  ] as const) {
    const outcome = await call(await freshPerson(person), path, { ...input, tenantSlug: slug });
    if (!outcome.ok)
      expect(refusalCode(outcome), `${path} with A's ids in ${slug}`).toMatch(
        /^(NOT_FOUND|FORBIDDEN)$/,
      );
    expectNothingOf(outcome, path, identifiersOfA(world));
  }
  return 4;
}

/**
 * Town A2's administrator against town A1 and county A (A2 holds no membership there), then on
 * A2's own slug with A1's ids, as its administrator and as its mediator, whose narrower
 * permissions refuse or reach other paths. Returns the number of probes.
 */
async function probeAsSiblingTown(path: string, probe: Probe): Promise<number> {
  const hidden = identifiersHiddenFromSibling(world, path);
  if (probe.kind !== 'tenant') {
    // A public probe has no person to be: county B's run covers it.
    if (probe.kind === 'public') return 0;
    const outcome = await call(await freshPerson(sibling.townAdmin), path, probe.input(world));
    expectNothingOf(outcome, path, hidden);
    return 1;
  }
  const input = probe.input(world);
  for (const slug of [world.a.town.slug, world.a.county.slug]) {
    const outcome = await call(await freshPerson(sibling.townAdmin), path, {
      ...input,
      tenantSlug: slug,
    });
    expect(refusalCode(outcome), `${path} by town A2 on ${slug}`).toBe('NOT_FOUND');
  }
  const expected = siblingRefusals[path];
  const allowed = ['NOT_FOUND', 'FORBIDDEN', ...(expected ? [expected] : [])];
  for (const person of [sibling.townAdmin, sibling.mediator]) {
    const outcome = await call(await freshPerson(person), path, {
      ...input,
      tenantSlug: sibling.town.slug,
    });
    const code = refusalCode(outcome);
    if (code !== null) expect(allowed, `${path} with A1's ids in A2: ${code}`).toContain(code);
    if (path in sharedWithSiblings)
      expect(outcome.ok, `${path} reads the county's in A2`).toBe(true);
    expectNothingOf(outcome, path, hidden);
  }
  return 4;
}

/** Tables whose county rows every town of the county reads (policy county_configuration_read). */
const countyConfigurationTables = [
  'dispute_category',
  'holiday_schedule',
  'industry_committee',
  'tenant_setting',
];

/** The SQLSTATE of a database error, through drizzle's wrapper. */
function sqlState(error: unknown): string | null {
  for (let current = error; typeof current === 'object' && current !== null; ) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = cause;
  }
  return null;
}

/**
 * One statement under the scope tenantProcedure computes for town A2's administrator, rolled
 * back: its rows and how many it touched, or the SQLSTATE that refused it.
 */
async function inSiblingScope(
  statement: SQL,
): Promise<{ rows: Record<string, unknown>[]; count: number } | string> {
  const userId = sibling.townAdmin.userId;
  const access = await withScope(database.app.db, userScope(userId), (tx) =>
    resolveTenantAccess(tx, { userId, slug: sibling.town.slug }),
  );
  const rollback = new Error('rollback');
  let outcome: { rows: Record<string, unknown>[]; count: number } | undefined;
  try {
    await withScope(database.app.db, access!.scope, async (tx) => {
      const result = await tx.execute(statement);
      outcome = { rows: [...result], count: result.count };
      throw rollback;
    });
  } catch (error) {
    if (error !== rollback) {
      const state = sqlState(error);
      if (state === null) throw error;
      return state;
    }
  }
  return outcome!;
}

/** How many rows a statement touched, or the SQLSTATE that refused it. */
const touched = (outcome: Awaited<ReturnType<typeof inSiblingScope>>) =>
  typeof outcome === 'string' ? outcome : outcome.count;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
  tenantOwnedTables = (
    await database.owner.sql<{ table_name: string }[]>`
      select c.table_name from information_schema.columns c
      join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
      order by 1`
  ).map((row) => row.table_name);
  sibling = await addSiblingTown(database, world.a, 'alpha-east');
  const adminA = await world.caller(world.a.countyAdmin);
  const invited = await adminA.member.invite({
    tenantSlug: world.a.town.slug,
    login: '13800138000',
    displayName: '张三',
    role: 'mediator',
  });
  invitationOfA = { id: invited.invitationId, token: invited.token };
  const [membership] = await database.owner.db.execute<{ id: string }>(
    sql`select id from membership where tenant_id = ${world.a.town.id} and user_id = ${world.a.townAdmin.userId}`,
  );
  membershipOfA = membership!.id;
  const townAdminA = await world.caller(world.a.townAdmin);
  await townAdminA.settings.update({
    tenantSlug: world.a.town.slug,
    key: 'numbering',
    value: { casePrefix: numberingOfA, agreementPrefix: `${numberingOfA}协` },
  });
  casesOfA = await casesInEveryState(townAdminA, world.a, 800);
  // B and A2 have data of their own, so list procedures have something to return.
  casesOfSibling = await casesInEveryState(await world.caller(sibling.townAdmin), sibling, 600);
  await (await world.caller(world.b.townAdmin)).case.register(intakeForm(world.b, 700));
  const adminB = await world.caller(world.b.countyAdmin);
  await adminB.member.invite({
    tenantSlug: world.b.town.slug,
    login: '13900139000',
    displayName: '李四',
    role: 'mediator',
  });
  await adminA.member.invite({
    tenantSlug: sibling.town.slug,
    login: '13700137000',
    displayName: '王五',
    role: 'mediator',
  });
});
afterAll(() => database.drop());

describe('tenant-isolation matrix', () => {
  let countyProbes = 0;

  it('has a probe for every procedure of the app router', () => {
    expect(procedurePaths()).toEqual(Object.keys(probes).sort());
    for (const path of [...Object.keys(sharedWithSiblings), ...Object.keys(siblingRefusals)])
      expect(procedurePaths(), path).toContain(path);
  });

  it('gives county B nothing of county A through any procedure', async () => {
    const before = await snapshotOfA(world);
    for (const path of procedurePaths()) {
      countyProbes += await probeAsCountyB(path, probes[path]!);
      expect(await snapshotOfA(world), `A changed by ${path}`).toEqual(before);
    }
    console.info(
      `tenant-isolation matrix, county B → county A: ${countyProbes} probes over ${procedurePaths().length} procedures`,
    );
    expect(countyProbes).toBeGreaterThan(procedurePaths().length);
  });

  it('gives town A2 nothing of its sibling town A1 through any procedure', async () => {
    const before = withoutSibling(await snapshotOfA(world));
    let siblingProbes = 0;
    for (const path of procedurePaths()) {
      siblingProbes += await probeAsSiblingTown(path, probes[path]!);
      expect(withoutSibling(await snapshotOfA(world)), `A1 or county A changed by ${path}`).toEqual(
        before,
      );
    }
    for (const { path, code, input } of siblingReferenceProbes) {
      const outcome = await call(await freshPerson(sibling.townAdmin), path, {
        ...input(world),
        tenantSlug: sibling.town.slug,
      });
      expect(refusalCode(outcome), `${path} from A2's own record to A1's`).toBe(code);
      siblingProbes += 1;
    }
    expect(withoutSibling(await snapshotOfA(world)), 'A1 or county A changed').toEqual(before);
    console.info(
      `tenant-isolation matrix, town A2 → town A1: ${siblingProbes} probes ` +
        `(${siblingReferenceProbes.length} from A2's own records); ` +
        `${countyProbes + siblingProbes} probes in all over ${procedurePaths().length} procedures`,
    );
    expect(siblingProbes).toBeGreaterThan(procedurePaths().length);
  });

  it("keeps town A1's rows out of town A2's scope in row-level security itself", async () => {
    const [a1, county, a2] = [world.a.town.id, world.a.county.id, sibling.town.id];
    let checks = 0;
    for (const table of tenantOwnedTables) {
      const name = sql.identifier(table);
      const count = (tenantId: string) =>
        sql`select count(*)::int as n from ${name} where tenant_id = ${tenantId}`;
      expect(await inSiblingScope(count(a1)), `${table}: A1's rows read`).toMatchObject({
        rows: [{ n: 0 }],
      });
      // The county's own rows: its configuration is every town's to read, the rest is not.
      const [countyRows] = await database.owner.db.execute<{ n: number }>(count(county));
      const readable = countyConfigurationTables.includes(table) ? countyRows!.n : 0;
      expect(await inSiblingScope(count(county)), `${table}: county rows read`).toMatchObject({
        rows: [{ n: readable }],
      });
      // Writes reach none of A1's or the county's rows, and cannot move A2's own into A1: each
      // touches nothing or is refused (42501: RLS, or no UPDATE at all on append-only tables).
      const writes = {
        'rows of A1 or the county updated': sql`update ${name} set tenant_id = tenant_id where tenant_id in (${a1}, ${county})`,
        "A2's rows moved into A1": sql`update ${name} set tenant_id = ${a1} where tenant_id = ${a2}`,
      };
      for (const [what, statement] of Object.entries(writes))
        expect([0, '42501'], `${table}: ${what}`).toContain(
          touched(await inSiblingScope(statement)),
        );
      checks += 4;
    }
    // Tenant rows of the county are readable by its members (ADR 004), never writable.
    const renamed = await inSiblingScope(
      sql`update tenant set name = name where id in (${a1}, ${county})`,
    );
    expect(touched(renamed), "A1's or the county's tenant row updated").toBe(0);
    checks += 1;
    console.info(
      `tenant-isolation matrix, town A2 → town A1: ${checks} row-level checks over ${tenantOwnedTables.length} tenant tables`,
    );
  });

  it('still lets A use its own invitation (the probes did not consume it)', async () => {
    const outcome = await call(null, 'auth.previewInvitation', { token: invitationOfA.token });
    expect(outcome.ok && (outcome.value as { state: string }).state).toBe('pending');
  });
});
