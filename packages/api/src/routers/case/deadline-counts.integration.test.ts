// The dashboard's overdue and due-soon figures count what the case list shows, whichever stage's
// deadline a case runs, including the confirmation application derived from its agreement.
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementForm, assignedCase, callerWith, intakeForm } from '../../testing/case-fixture.ts';
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

/** The dashboard's figures next to what the list shows on `day`. */
async function figuresOn(day: string, slug = tenantSlug, person: Person = world.a.townAdmin) {
  const caller = await on(day, person);
  const counts = await caller.case.deadlineCounts({ tenantSlug: slug });
  const overdue = await caller.case.list({ tenantSlug: slug, overdueOnly: true, pageSize: 100 });
  const all = await caller.case.list({ tenantSlug: slug, pageSize: 100 });
  const listed = {
    overdue: overdue.total,
    dueSoon: all.rows.filter((row) => row.deadline?.state === 'due_soon').length,
  };
  return { counts, listed };
}

describe('the dashboard deadline figures', () => {
  it('count a case overdue for its confirmation application, as the list does', async () => {
    // Agreement in effect Friday 13 March: the application is due Monday 13 April, warned 7 days.
    const { caseId, version } = await assignedCase(await on('2026-03-02'), world.a, 1);
    const signing = await on('2026-03-13');
    const session = await signing.mediationSession.schedule({
      tenantSlug,
      caseId,
      expectedVersion: version,
      place: 'on_site',
      location: '村委会',
      startsAt: '2026-03-13T08:30:00+08:00',
      endsAt: '2026-03-13T09:30:00+08:00',
      mediatorUserIds: [world.a.mediator.userId],
    });
    await signing.agreement.create({
      tenantSlug,
      caseId,
      expectedVersion: session.version,
      ...agreementForm('2026-03-13'),
    });

    const dueSoon = await figuresOn('2026-04-06');
    expect(dueSoon.counts).toEqual({ overdue: 0, dueSoon: 1 });
    expect(dueSoon.counts).toEqual(dueSoon.listed);

    // Registered Friday 10 April: accepted by Wednesday 15 April, due soon on the 14th.
    await (await on('2026-04-10')).case.register(intakeForm(world.a, 2));
    const overdue = await figuresOn('2026-04-14');
    expect(overdue.counts).toEqual({ overdue: 1, dueSoon: 1 });
    expect(overdue.counts).toEqual(overdue.listed);

    // The county counts its towns' cases on the same rules.
    const county = await figuresOn('2026-04-14', world.a.county.slug, world.a.countyAdmin);
    expect(county.counts).toEqual({ overdue: 1, dueSoon: 1 });
    expect(county.counts).toEqual(county.listed);
  });
});
