import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, refusalOf, type World } from '../../testing/world.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
});
afterAll(() => database.drop());

const town = () => ({ tenantSlug: world.a.town.slug });

describe('centre setup', () => {
  it('keeps the departments stationed in the centre', async () => {
    const townAdmin = await world.caller(world.a.townAdmin);
    const { id } = await townAdmin.centre.createDepartment({
      ...town(),
      name: '人社所',
      presence: 'visiting',
      schedule: '每周二上午',
    });
    expect(
      await townAdmin.centre.updateDepartment({
        ...town(),
        departmentId: id,
        presence: 'on_demand',
        schedule: null,
      }),
    ).toEqual({ changed: true });
    expect(
      await townAdmin.centre.updateDepartment({
        ...town(),
        departmentId: id,
        presence: 'on_demand',
      }),
    ).toEqual({
      changed: false,
    });
    const list = await townAdmin.centre.listDepartments(town());
    expect(list.map((entry) => [entry.name, entry.presence, entry.schedule, entry.active])).toEqual(
      [
        ['人社所', 'on_demand', null, true],
        ['司法所', 'resident', null, true],
      ],
    );
    expect(
      await refusalOf(
        townAdmin.centre.createDepartment({ ...town(), name: '司法所', presence: 'resident' }),
      ),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'NAME_TAKEN' } });
    expect(
      await refusalOf(
        townAdmin.centre.updateDepartment({ ...town(), departmentId: id, name: '司法所' }),
      ),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'NAME_TAKEN' } });
    const [audit] = await database.owner.db.execute<{ detail: Record<string, unknown> }>(
      sql`select detail from audit_log where target_id = ${id} and action = 'centre_department.updated'`,
    );
    expect(audit?.detail).toEqual({
      name: '人社所',
      changes: {
        presence: { from: 'visiting', to: 'on_demand' },
        schedule: { from: '每周二上午', to: null },
      },
    });
  });

  it('keeps the mediation rooms, taken out of use rather than deleted', async () => {
    const townAdmin = await world.caller(world.a.townAdmin);
    const { id } = await townAdmin.centre.createRoom({
      ...town(),
      name: '和谐调解室',
      location: '中心二楼',
      capacity: 12,
    });
    await townAdmin.centre.updateRoom({ ...town(), roomId: id, active: false });
    const rooms = await townAdmin.centre.listRooms(town());
    expect(rooms.find((room) => room.id === id)).toMatchObject({
      location: '中心二楼',
      capacity: 12,
      active: false,
    });
    expect(
      (await refusalOf(townAdmin.centre.createRoom({ ...town(), name: '大厅', capacity: 0 }))).code,
    ).toBe('BAD_REQUEST');
  });

  it('lets only those who manage the centre change it, and only their own', async () => {
    const mediator = await world.caller(world.a.mediator);
    expect(await mediator.centre.listRooms(town())).not.toHaveLength(0);
    expect(
      (await refusalOf(mediator.centre.createRoom({ ...town(), name: '调解员的房间' }))).code,
    ).toBe('FORBIDDEN');
    const townAdmin = await world.caller(world.a.townAdmin);
    expect(
      (
        await refusalOf(
          townAdmin.centre.updateRoom({ ...town(), roomId: world.b.setup.roomId, name: '占用' }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    // The county centre is set up by the county administrator on the county's slug.
    const countyAdmin = await world.caller(world.a.countyAdmin);
    await countyAdmin.centre.createRoom({
      tenantSlug: world.a.county.slug,
      name: '县调解中心一室',
    });
    expect(
      (await countyAdmin.centre.listRooms({ tenantSlug: world.a.county.slug })).map(
        (room) => room.name,
      ),
    ).toEqual(['县调解中心一室']);
  });
});
