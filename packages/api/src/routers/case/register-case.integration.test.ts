// Intake: one form, one case — validation of the whole form at once, idempotent submits, sealed
// personal data with exact search through the blind index, duplicate hints and audited reveals.
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeForm, samplePhone, sampleResidentId } from '../../testing/case-fixture.ts';
import { createWorld, type World } from '../../testing/world.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
});
afterAll(() => database.drop());

async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

function detailsOf(error: TRPCError): Record<string, unknown> {
  return (error.cause as unknown as { details: Record<string, unknown> }).details;
}

describe('case.register', () => {
  it('numbers the case in the customary form and writes the registered event', async () => {
    const caller = await world.caller(world.a.townAdmin);
    const result = await caller.case.register(intakeForm(world.a, 1));
    const year = new Date().getFullYear();
    expect(result).toMatchObject({ created: true, version: 1 });
    expect(result.caseNumber).toMatch(new RegExp(`^（${year}）alpha调字第\\d{4}号$`));
    const page = await caller.case.get({ tenantSlug: world.a.town.slug, caseId: result.caseId });
    expect(page.case.status).toBe('registered');
    expect(page.case.acceptBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Counted from acceptance, so not yet set.
    expect(page.case).toMatchObject({ concludeBy: null, firstSessionBy: null });
    expect(page.timeline.map((event) => [event.seq, event.kind, event.toStatus])).toEqual([
      [1, 'registered', 'registered'],
    ]);
    expect(page.allowedActions).toEqual(['route', 'divert', 'withdraw', 'supervise']);
    expect(page.parties.map((party) => party.idNumberMasked)).toEqual([
      `${sampleResidentId(2).slice(0, 3)}***********${sampleResidentId(2).slice(-4)}`,
      `${sampleResidentId(3).slice(0, 3)}***********${sampleResidentId(3).slice(-4)}`,
    ]);
    expect(page.parties[0]).toMatchObject({ phoneMasked: '139****0002', sex: 'female' });
  });

  it('returns the first case for a second submit of the same form', async () => {
    const caller = await world.caller(world.a.townAdmin);
    const form = intakeForm(world.a, 2);
    const [first, second] = await Promise.all([
      caller.case.register(form),
      caller.case.register(form),
    ]);
    const third = await caller.case.register(form);
    expect(new Set([first.caseId, second.caseId, third.caseId]).size).toBe(1);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    expect(third).toMatchObject({ created: false, caseNumber: first.caseNumber });
    const [row] = await database.owner.db.execute<{ n: number }>(
      sql`select count(*)::int as n from mediation_case where idempotency_key = ${form.idempotencyKey}`,
    );
    expect(row?.n).toBe(1);
    const next = await caller.case.register(intakeForm(world.a, 3));
    const sequence = (number: string) => Number(/第(\d+)号/.exec(number)?.[1]);
    expect(sequence(next.caseNumber)).toBe(sequence(first.caseNumber) + 1);
  });

  it('reports every problem of the form at once, by field', async () => {
    const caller = await world.caller(world.a.townAdmin);
    const form = intakeForm(world.a, 4);
    const badCheck = `${sampleResidentId(9).slice(0, 17)}${sampleResidentId(9).endsWith('1') ? '2' : '1'}`;
    const error = await rejection(
      caller.case.register({
        ...form,
        source: 'police_referral',
        parties: [
          { ...form.parties[0]!, phone: '12812345678', sex: 'male' },
          { ...form.parties[1]!, idNumber: badCheck },
          { role: 'representative', name: '王律师', relation: '委托代理人', representsIndex: 2 },
        ],
        categoryId: crypto.randomUUID(),
      }),
    );
    // An unknown category id makes it NOT_FOUND (as for another county's ids), with every problem.
    expect(error.code).toBe('NOT_FOUND');
    expect(detailsOf(error).fields).toEqual(
      expect.arrayContaining([
        { path: 'parties.0.phone', reason: 'prefix' },
        { path: 'parties.0.sex', reason: 'contradicts_id_number' },
        { path: 'parties.1.idNumber', reason: 'check_digit' },
        { path: 'parties.2.representsIndex', reason: 'invalid' },
        { path: 'categoryId', reason: 'not_found' },
        { path: 'referral.body', reason: 'required' },
        { path: 'referral.reference', reason: 'required' },
      ]),
    );
    expect(detailsOf(error).fields).toHaveLength(7);
  });

  it('refuses a place of another county and a channel the county has not enabled', async () => {
    const caller = await world.caller(world.a.townAdmin);
    const error = await rejection(
      caller.case.register({ ...intakeForm(world.a, 5), orgUnitId: world.b.setup.villageUnitId }),
    );
    expect(detailsOf(error).fields).toEqual([{ path: 'orgUnitId', reason: 'not_found' }]);
    const countyAdmin = await world.caller(world.b.countyAdmin);
    await countyAdmin.settings.update({
      tenantSlug: world.b.county.slug,
      key: 'intake_channels',
      value: { enabled: ['window', 'patrol', 'hotline'] },
    });
    const townB = await world.caller(world.b.townAdmin);
    const refused = await rejection(
      townB.case.register({ ...intakeForm(world.b, 5), source: 'online' }),
    );
    expect(detailsOf(refused).fields).toEqual([{ path: 'source', reason: 'not_enabled' }]);
  });

  it('accepts a referral with its body and reference', async () => {
    const caller = await world.caller(world.a.townAdmin);
    const result = await caller.case.register({
      ...intakeForm(world.a, 6),
      source: 'court_referral',
      referral: { body: '清溪县人民法院', reference: '（2026）浙0199民诉前调1号' },
    });
    expect(result.created).toBe(true);
  });
});

describe('territorial ownership', () => {
  const sequence = (number: string) => Number(/第(\d+)号/.exec(number)?.[1]);

  it("gives a town's matter registered by the county centre to the town, once", async () => {
    const county = await world.caller(world.a.countyAdmin);
    const town = await world.caller(world.a.townAdmin);
    await county.settings.update({
      tenantSlug: world.a.county.slug,
      key: 'numbering',
      value: { casePrefix: '县中心调', agreementPrefix: '县中心调协' },
    });
    const before = await town.case.register(intakeForm(world.a, 30));
    const form = { ...intakeForm(world.a, 31), tenantSlug: world.a.county.slug };
    const [first, second] = await Promise.all([
      county.case.register(form),
      county.case.register(form),
    ]);
    const third = await county.case.register(form);
    expect(new Set([first.caseId, second.caseId, third.caseId]).size).toBe(1);
    expect([first.created, second.created, third.created].sort()).toEqual([false, false, true]);
    // The town's register and prefix: the next number after the town's own intake.
    expect(first.caseNumber).toMatch(/alpha调字第\d{4}号$/);
    expect(sequence(first.caseNumber)).toBe(sequence(before.caseNumber) + 1);

    const page = await town.case.get({ tenantSlug: world.a.town.slug, caseId: first.caseId });
    expect(page.case).toMatchObject({ tenantId: world.a.town.id, tierLevel: 1 });
    expect(page.timeline[0]?.detail).toMatchObject({ intakeTenantId: world.a.county.id });
    const townQueue = await town.case.list({
      tenantSlug: world.a.town.slug,
      search: first.caseNumber,
    });
    expect(townQueue.rows.map((row) => row.id)).toEqual([first.caseId]);
    const duplicates = await town.case.findPossibleDuplicates({
      tenantSlug: world.a.town.slug,
      idNumbers: [sampleResidentId(62)],
      phones: [],
    });
    expect(duplicates.map((match) => match.caseId)).toEqual([first.caseId]);

    // The county still works it, and may lead it: routing changes the tier, not the owner.
    const routed = await county.case.route({
      tenantSlug: world.a.county.slug,
      caseId: first.caseId,
      expectedVersion: 1,
      tierLevel: 1,
      reason: '跨村纠纷，由县调解中心牵头',
    });
    const accepted = await county.case.accept({
      tenantSlug: world.a.county.slug,
      caseId: first.caseId,
      expectedVersion: routed.version,
    });
    expect(accepted.status).toBe('accepted');
    const led = await county.case.get({ tenantSlug: world.a.county.slug, caseId: first.caseId });
    expect(led.case).toMatchObject({ tenantId: world.a.town.id, tierLevel: 1 });
  });

  it('keeps a county-wide matter at a county-level unit with the county', async () => {
    const county = await world.caller(world.a.countyAdmin);
    const result = await county.case.register({
      ...intakeForm(world.a, 32),
      tenantSlug: world.a.county.slug,
      orgUnitId: world.a.setup.countyRootUnitId,
    });
    const page = await county.case.get({ tenantSlug: world.a.county.slug, caseId: result.caseId });
    expect(page.case.tenantId).toBe(world.a.county.id);
    expect(result.caseNumber).toMatch(/县中心调字第\d{4}号$/);
    const town = await world.caller(world.a.townAdmin);
    const hidden = await town.case
      .get({ tenantSlug: world.a.town.slug, caseId: result.caseId })
      .then(
        () => null,
        (caught: TRPCError) => caught.code,
      );
    expect(hidden).toBe('NOT_FOUND');
  });
});

describe('personal data', () => {
  it('is stored sealed: the table holds no ID number or phone in clear', async () => {
    const caller = await world.caller(world.a.townAdmin);
    const form = intakeForm(world.a, 7);
    const { caseId } = await caller.case.register(form);
    const rows = await database.owner.db.execute<{ row: string }>(
      sql`select p::text as row from case_party p where case_id = ${caseId}`,
    );
    expect(rows).toHaveLength(2);
    for (const { row } of rows) {
      for (const clear of [
        sampleResidentId(14),
        sampleResidentId(15),
        samplePhone(14),
        samplePhone(15),
      ])
        expect(row.includes(clear)).toBe(false);
      for (const hex of [sampleResidentId(14), samplePhone(14)].map((value) =>
        Buffer.from(value).toString('hex'),
      ))
        expect(row.includes(hex)).toBe(false);
    }
    const [sealed] = await database.owner.db.execute<{ key_id: number; length: number }>(
      sql`select get_byte(id_number_sealed, 0) as key_id, length(id_number_sealed) as length
          from case_party where case_id = ${caseId} order by sort_order limit 1`,
    );
    // key id | iv 12 | 18 bytes | tag 16
    expect(sealed).toEqual({ key_id: 1, length: 1 + 12 + 18 + 16 });
  });

  it('finds cases by exact ID number and phone, however they are typed', async () => {
    const caller = await world.caller(world.a.townAdmin);
    const { caseId } = await caller.case.register(intakeForm(world.a, 8));
    const id = sampleResidentId(17);
    const typed = ` ${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14).toLowerCase()} `;
    for (const search of [typed, `+86 139-0000-0017`, '李秀英']) {
      const list = await caller.case.list({ tenantSlug: world.a.town.slug, search });
      expect(
        list.rows.map((row) => row.id),
        search,
      ).toContain(caseId);
    }
    const byIdOnly = await caller.case.list({ tenantSlug: world.a.town.slug, search: id });
    expect(byIdOnly.total).toBe(1);
  });

  it('hints at open cases with the same person before saving', async () => {
    const caller = await world.caller(world.a.townAdmin);
    const { caseId, caseNumber } = await caller.case.register(intakeForm(world.a, 9));
    const matches = await caller.case.findPossibleDuplicates({
      tenantSlug: world.a.town.slug,
      idNumbers: [sampleResidentId(18), 'not a number'],
      phones: [samplePhone(19)],
    });
    expect(matches.map((match) => [match.caseId, match.caseNumber, match.matchedOn])).toEqual([
      [caseId, caseNumber, ['idNumber']],
      [caseId, caseNumber, ['phone']],
    ]);
    const other = await (await world.caller(world.b.townAdmin)).case.findPossibleDuplicates({
      tenantSlug: world.b.town.slug,
      idNumbers: [sampleResidentId(18)],
      phones: [],
    });
    expect(other).toEqual([]);
  });

  it('reveals one party in clear, with an audit entry and a timeline entry', async () => {
    const caller = await world.caller(world.a.mediator);
    const admin = await world.caller(world.a.townAdmin);
    const { caseId } = await admin.case.register(intakeForm(world.a, 10));
    const page = await caller.case.get({ tenantSlug: world.a.town.slug, caseId });
    const party = page.parties[1]!;
    const revealed = await caller.case.revealParty({
      tenantSlug: world.a.town.slug,
      caseId,
      partyId: party.id,
    });
    expect(revealed).toEqual({
      partyId: party.id,
      name: '李秀英',
      idNumber: sampleResidentId(21),
      phone: samplePhone(21),
    });
    const [audit] = await database.owner.db.execute<{
      actor: string;
      detail: Record<string, unknown>;
    }>(
      sql`select actor_user_id as actor, detail from audit_log
          where action = 'pii.revealed' and target_id = ${party.id}`,
    );
    expect(audit).toMatchObject({
      actor: world.a.mediator.userId,
      detail: { caseId, partyId: party.id, fields: ['idNumber', 'phone'] },
    });
    const timeline = await caller.case.timeline({ tenantSlug: world.a.town.slug, caseId });
    expect(timeline.at(-1)).toMatchObject({
      kind: 'pii_revealed',
      actorUserId: world.a.mediator.userId,
      detail: { partyId: party.id, fields: ['idNumber', 'phone'] },
    });
  });
});
