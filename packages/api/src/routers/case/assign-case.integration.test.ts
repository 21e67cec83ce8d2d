// Four fixes, three guarantees: the responsible person finds the case in "my cases", and a
// reassignment (which needs a reason) moves it to the new person while the timeline keeps who and
// what was fixed before and after, with the people's names.
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignedCase } from '../../testing/case-fixture.ts';
import { createWorld, type Person, refusalOf, type World } from '../../testing/world.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
});
afterAll(() => database.drop());

/** A China calendar day `days` from today, as the forms send it. */
const daysFromToday = (days: number) =>
  new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

async function myCaseIds(person: Person): Promise<string[]> {
  const caller = await world.caller(person);
  const mine = await caller.case.listMine({ tenantSlug: world.a.town.slug, pageSize: 100 });
  return mine.rows.map((row) => row.id);
}

const reason = '原承办人外出培训一个月，改由镇综治中心主任承办';

/** A case assigned to the mediator, and the form (no reason yet) reassigning it to the town admin. */
async function assignedToMediator(n: number) {
  const admin = await world.caller(world.a.townAdmin);
  const { caseId, version } = await assignedCase(admin, world.a, n);
  const reassignment = {
    tenantSlug: world.a.town.slug,
    caseId,
    expectedVersion: version,
    leadOfficial: '钱明',
    responsibleDepartment: '司法所',
    responsibleUserId: world.a.townAdmin.userId,
    concludeBy: daysFromToday(90),
  };
  return { admin, caseId, version, reassignment };
}

describe('assignCase', () => {
  it('refuses a reassignment without a reason and changes nothing', async () => {
    const { admin, caseId, version, reassignment } = await assignedToMediator(1);
    const refusal = await refusalOf(admin.case.assign(reassignment));
    expect(refusal).toMatchObject({
      message: 'VALIDATION_FAILED',
      details: { fields: [{ path: 'reason', reason: 'required' }] },
    });
    const page = await admin.case.get({ tenantSlug: world.a.town.slug, caseId });
    expect(page.case).toMatchObject({ version, responsibleUserId: world.a.mediator.userId });
    expect(page.timeline.at(-1)?.kind).toBe('assign');
  });

  it('keeps both assignments in the timeline, each fix before and after, people by name', async () => {
    const { admin, caseId, version, reassignment } = await assignedToMediator(2);
    const { mediator, townAdmin } = world.a;
    const before = await admin.case.get({ tenantSlug: world.a.town.slug, caseId });
    const reassigned = await admin.case.assign({ ...reassignment, reason });
    expect(reassigned).toEqual({ caseId, status: 'assigned', version: version + 1 });

    const page = await admin.case.get({ tenantSlug: world.a.town.slug, caseId });
    expect(page.case).toMatchObject({ leadOfficial: '钱明', responsibleUserId: townAdmin.userId });
    const [assign, reassign] = page.timeline.filter((event) => /^(re)?assign$/.test(event.kind));
    expect(assign?.detail.changes).toEqual({
      leadOfficial: { from: null, to: '赵卫东' },
      responsibleDepartment: { from: null, to: '司法所' },
      responsibleUserId: { from: null, to: mediator.userId },
    });
    expect(assign?.people).toEqual({ [mediator.userId]: 'alpha-mediator' });
    expect(reassign).toMatchObject({ kind: 'reassign', reason });
    // The department stayed, so only the three fixes that changed are recorded.
    expect(reassign?.detail.changes).toEqual({
      leadOfficial: { from: '赵卫东', to: '钱明' },
      responsibleUserId: { from: mediator.userId, to: townAdmin.userId },
      concludeBy: { from: before.case.concludeBy, to: reassignment.concludeBy },
    });
    expect(reassign?.people).toEqual({
      [mediator.userId]: 'alpha-mediator',
      [townAdmin.userId]: 'alpha-town-admin',
    });
  });

  it('moves the case from the previous to the new responsible person\'s "my cases"', async () => {
    const { admin, caseId, reassignment } = await assignedToMediator(3);
    const { mediator, townAdmin } = world.a;
    expect(await myCaseIds(mediator)).toContain(caseId);
    expect(await myCaseIds(townAdmin)).not.toContain(caseId);

    const reassigned = await admin.case.assign({ ...reassignment, reason });
    expect(await myCaseIds(townAdmin)).toContain(caseId);
    expect(await myCaseIds(mediator)).not.toContain(caseId);

    // A mediator of one of its sessions still has the case among theirs.
    await admin.mediationSession.schedule({
      tenantSlug: world.a.town.slug,
      caseId,
      expectedVersion: reassigned.version,
      place: 'room',
      roomId: world.a.setup.roomId,
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 90_000_000).toISOString(),
      mediatorUserIds: [mediator.userId],
    });
    expect(await myCaseIds(mediator)).toContain(caseId);
  });
});
