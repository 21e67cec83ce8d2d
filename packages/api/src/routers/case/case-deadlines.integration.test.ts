// Stage deadlines as the centre sees them: each due date from the county's default limits and the
// 2026 working-day calendar, the running one following the case's stage (acceptance → first
// session → conclusion → confirmation application → follow-up), and overdue cases flagged and
// found by the overdue filter. Every call runs on its own fixed clock.
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import type { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agreementForm,
  assignedCase,
  callerWith,
  intakeForm,
  refused,
} from '../../testing/case-fixture.ts';
import { createWorld, type Person, type World } from '../../testing/world.ts';

let database: TestDatabase;
let world: World;
let tenantSlug: string;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
  tenantSlug = world.a.town.slug;
});
afterAll(() => database.drop());

/** A caller whose clock stands at 10:00 China time on `day`. */
function on(day: string, person: Person = world.a.townAdmin) {
  return callerWith(world, person, { now: () => new Date(`${day}T10:00:00+08:00`) });
}

const ids = (list: { rows: { id: string }[] }) => list.rows.map((row) => row.id);

async function overdueOn(day: string): Promise<string[]> {
  const caller = await on(day);
  return ids(await caller.case.list({ tenantSlug, overdueOnly: true, pageSize: 100 }));
}

async function deadlineOn(day: string, caseId: string) {
  return (await (await on(day)).case.get({ tenantSlug, caseId })).deadline;
}

/** Registered, routed and accepted on the days given. */
async function acceptedCase(n: number, days: { registered: string; accepted: string }) {
  const intake = await on(days.registered);
  const { caseId } = await intake.case.register(intakeForm(world.a, n));
  await intake.case.route({ tenantSlug, caseId, expectedVersion: 1 });
  const accepted = await (await on(days.accepted)).case.accept({
    tenantSlug,
    caseId,
    expectedVersion: 2,
  });
  return { caseId, version: accepted.version };
}

/** Assigned on `day`, one session scheduled and an agreement that took effect on `signedOn`. */
async function agreedCase(n: number, day: string, signedOn: string) {
  const { caseId, version } = await assignedCase(await on(day), world.a, n);
  const caller = await on(signedOn);
  const session = await caller.mediationSession.schedule({
    tenantSlug,
    caseId,
    expectedVersion: version,
    place: 'on_site',
    location: '村委会',
    startsAt: `${signedOn}T08:30:00+08:00`,
    endsAt: `${signedOn}T09:30:00+08:00`,
    mediatorUserIds: [world.a.mediator.userId],
  });
  const signed = await caller.agreement.create({
    tenantSlug,
    caseId,
    expectedVersion: session.version,
    ...agreementForm(signedOn),
  });
  return { caseId, version: signed.version };
}

describe('the overdue filter', () => {
  it('flags and lists a case past its due date, and not one on track', async () => {
    // Registered Monday 2 March: three working days to accept, to Thursday 5 March.
    const late = await (await on('2026-03-02')).case.register(intakeForm(world.a, 1));
    const recent = await (await on('2026-03-05')).case.register(intakeForm(world.a, 2));

    const overdue = await overdueOn('2026-03-06');
    expect(overdue).toContain(late.caseId);
    expect(overdue).not.toContain(recent.caseId);

    const queue = await (await on('2026-03-06')).case.list({
      tenantSlug,
      statuses: ['registered'],
      sort: 'due_asc',
      pageSize: 100,
    });
    const row = (caseId: string) => queue.rows.find((entry) => entry.id === caseId);
    expect(row(late.caseId)?.deadline).toEqual({
      kind: 'acceptance',
      dueDate: '2026-03-05',
      state: 'overdue',
    });
    expect(row(recent.caseId)?.deadline).toEqual({
      kind: 'acceptance',
      dueDate: '2026-03-10',
      state: 'on_track',
    });
    expect(ids(queue).indexOf(late.caseId)).toBeLessThan(ids(queue).indexOf(recent.caseId));

    const county = await on('2026-03-06', world.a.countyAdmin);
    const countyOverdue = await county.case.list({
      tenantSlug: world.a.county.slug,
      overdueOnly: true,
      pageSize: 100,
    });
    expect(ids(countyOverdue)).toContain(late.caseId);
    expect(ids(countyOverdue)).not.toContain(recent.caseId);
    expect(await overdueOn('2026-03-05')).not.toContain(late.caseId);
  });
});

describe('the mediation stage', () => {
  it('sets the first-session deadline at acceptance and clears it once a session is held', async () => {
    // Accepted Wednesday 4 March: five working days to the first session, Wednesday 11 March.
    const { caseId, version } = await acceptedCase(3, {
      registered: '2026-03-02',
      accepted: '2026-03-04',
    });
    expect(await deadlineOn('2026-03-04', caseId)).toEqual({
      kind: 'firstSession',
      dueDate: '2026-03-11',
      state: 'on_track',
    });
    const assigned = await (await on('2026-03-05')).case.assign({
      tenantSlug,
      caseId,
      expectedVersion: version,
      leadOfficial: '赵卫东',
      responsibleDepartment: '司法所',
      responsibleUserId: world.a.mediator.userId,
    });
    const session = await (await on('2026-03-09')).mediationSession.schedule({
      tenantSlug,
      caseId,
      expectedVersion: assigned.version,
      place: 'on_site',
      location: '村委会',
      startsAt: '2026-03-13T09:00:00+08:00',
      endsAt: '2026-03-13T11:00:00+08:00',
      mediatorUserIds: [world.a.mediator.userId],
    });
    // Scheduled is not held: on 12 March the first session is overdue.
    expect(await overdueOn('2026-03-12')).toContain(caseId);
    expect(await deadlineOn('2026-03-12', caseId)).toMatchObject({
      kind: 'firstSession',
      state: 'overdue',
    });

    await (await on('2026-03-13')).mediationSession.record({
      tenantSlug,
      sessionId: session.sessionId,
      expectedVersion: session.version,
      notes: '双方陈述意见，约定下周再谈。',
    });
    const page = await (await on('2026-03-13')).case.get({ tenantSlug, caseId });
    expect(page.case.firstSessionBy).toBeNull();
    expect(page.deadline).toEqual({
      kind: 'mediationConcluded',
      dueDate: '2026-04-07',
      state: 'on_track',
    });
    expect(page.timeline.at(-1)).toMatchObject({
      kind: 'recordSession',
      detail: { changes: { firstSessionBy: { from: '2026-03-11', to: null } } },
    });
    expect(await overdueOn('2026-03-13')).not.toContain(caseId);
  });

  it('counts the conclusion from acceptance, afresh when the next tier accepts', async () => {
    const { caseId, version } = await acceptedCase(4, {
      registered: '2026-03-02',
      accepted: '2026-03-04',
    });
    // One month from 4 March is Saturday 4 April, in the Qingming holiday (4–6 April): the next
    // working day. Counted from registration it would have been 2 April.
    const accepted = await (await on('2026-03-04')).case.get({ tenantSlug, caseId });
    expect(accepted.case).toMatchObject({ concludeBy: '2026-04-07', firstSessionBy: '2026-03-11' });

    const escalated = await (await on('2026-03-12')).case.escalate({
      tenantSlug,
      caseId,
      expectedVersion: version,
      tierLevel: 1,
      reason: '涉及多个村民小组，提请县调解中心调处',
    });
    const routed = await (await on('2026-03-12')).case.get({ tenantSlug, caseId });
    expect(routed.case).toMatchObject({ concludeBy: null, firstSessionBy: null });
    expect(routed.deadline).toMatchObject({ kind: 'acceptance', dueDate: '2026-03-17' });

    const county = await on('2026-03-16', world.a.countyAdmin);
    await county.case.accept({
      tenantSlug: world.a.county.slug,
      caseId,
      expectedVersion: escalated.version,
    });
    const reaccepted = await county.case.get({ tenantSlug: world.a.county.slug, caseId });
    expect(reaccepted.case).toMatchObject({
      concludeBy: '2026-04-16',
      firstSessionBy: '2026-03-23',
    });
  });
});

describe('the confirmation application', () => {
  it('runs from the agreement while the application is awaited, on the filing rule', async () => {
    // In effect Friday 13 March: 30 days is Sunday 12 April, so Monday 13 April.
    const { caseId, version } = await agreedCase(5, '2026-03-02', '2026-03-13');
    expect(await deadlineOn('2026-04-05', caseId)).toEqual({
      kind: 'judicialConfirmationApplication',
      dueDate: '2026-04-13',
      state: 'on_track',
    });
    expect(await deadlineOn('2026-04-06', caseId)).toMatchObject({ state: 'due_soon' });
    expect(await overdueOn('2026-04-13')).not.toContain(caseId);
    expect(await overdueOn('2026-04-14')).toContain(caseId);

    // The same date is the last day the filing rule accepts.
    const late = await (await on('2026-04-14')).judicialConfirmation
      .file({
        tenantSlug,
        caseId,
        expectedVersion: version,
        courtName: '清溪县人民法院',
        filedOn: '2026-04-14',
        contactPhone: '13800000001',
      })
      .then(refused, (caught: unknown) => caught as TRPCError);
    expect(late.cause).toMatchObject({
      details: { reason: 'CONFIRMATION_WINDOW_PASSED', lastDay: '2026-04-13' },
    });
  });

  it('stops once the application is filed, and reminds of enforcement once confirmed', async () => {
    const { caseId, version } = await agreedCase(6, '2026-03-02', '2026-03-13');
    const filed = await (await on('2026-04-10')).judicialConfirmation.file({
      tenantSlug,
      caseId,
      expectedVersion: version,
      courtName: '清溪县人民法院',
      filedOn: '2026-04-10',
      contactPhone: '13800000001',
    });
    expect(filed.status).toBe('awaiting_confirmation');
    // The court decides now; nothing of the centre's is due, however long that takes.
    expect(await deadlineOn('2026-04-14', caseId)).toBeNull();
    expect(await overdueOn('2026-04-14')).not.toContain(caseId);

    const awaiting = await (await on('2026-04-14')).case.get({ tenantSlug, caseId });
    expect(awaiting.enforcementApplyBy).toBeNull();
    await (await on('2026-04-20')).judicialConfirmation.recordOutcome({
      tenantSlug,
      confirmationId: filed.confirmationId,
      expectedVersion: filed.version,
      outcome: 'confirmed',
      decidedOn: '2026-04-20',
      rulingNumber: '（2026）浙0199民特31号',
    });
    // Two years from the performance deadline (the day it took effect), for the parties.
    const confirmed = await (await on('2026-04-20')).case.get({ tenantSlug, caseId });
    expect(confirmed.enforcementApplyBy).toBe('2028-03-13');
    expect(confirmed.deadline).toBeNull();
  });
});
