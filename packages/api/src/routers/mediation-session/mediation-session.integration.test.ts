// Sessions: the first one starts the mediation, a room cannot be booked twice for overlapping
// times (even by two centre staff at the same moment), and a recorded outcome moves the case.
import { createDatabase } from '@concord/db/client';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import type { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignedCase, callerWith, refused } from '../../testing/case-fixture.ts';
import { createWorld, type World } from '../../testing/world.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
});
afterAll(() => database.drop());

const at = (day: number, hour: number) =>
  `2026-12-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`;

describe('mediationSession', () => {
  it('starts the mediation with the first session and notes whom to notify', async () => {
    const caller = await world.caller(world.a.townAdmin);
    const { caseId, version } = await assignedCase(caller, world.a, 1);
    const page = await caller.case.get({ tenantSlug: world.a.town.slug, caseId });
    const scheduled = await caller.mediationSession.schedule({
      tenantSlug: world.a.town.slug,
      caseId,
      expectedVersion: version,
      place: 'room',
      roomId: world.a.setup.roomId,
      startsAt: at(1, 9),
      endsAt: at(1, 11),
      mediatorUserIds: [world.a.mediator.userId],
      notifyPartyIds: page.parties.map((party) => party.id),
    });
    expect(scheduled).toMatchObject({ status: 'in_mediation', version: version + 1 });
    const timeline = await caller.case.timeline({ tenantSlug: world.a.town.slug, caseId });
    expect(timeline.at(-1)).toMatchObject({
      kind: 'startMediation',
      toStatus: 'in_mediation',
      detail: {
        sessionId: scheduled.sessionId,
        notify: { partyIds: page.parties.map((party) => party.id), status: 'not_sent' },
      },
    });
    const mine = await (await world.caller(world.a.mediator)).case.listMine({
      tenantSlug: world.a.town.slug,
    });
    expect(mine.rows.map((row) => row.id)).toContain(caseId);
  });

  it('refuses to book a room twice for overlapping times, even at the same moment', async () => {
    const admin = await world.caller(world.a.townAdmin);
    const first = await assignedCase(admin, world.a, 2);
    const second = await assignedCase(admin, world.a, 3);
    const pool = createDatabase(database.appUrl, { max: 4 });
    try {
      const callers = await Promise.all(
        [0, 1].map(() => callerWith(world, world.a.townAdmin, { db: pool.db })),
      );
      const outcomes = await Promise.allSettled(
        [first, second].map((target, index) =>
          callers[index]!.mediationSession.schedule({
            tenantSlug: world.a.town.slug,
            caseId: target.caseId,
            expectedVersion: target.version,
            place: 'room',
            roomId: world.a.setup.roomId,
            startsAt: at(2, 9 + index),
            endsAt: at(2, 11 + index),
            mediatorUserIds: [world.a.mediator.userId],
          }),
        ),
      );
      const refused = outcomes.flatMap((outcome) =>
        outcome.status === 'rejected' ? [outcome.reason as TRPCError] : [],
      );
      expect(refused).toHaveLength(1);
      expect(refused[0]!.code).toBe('CONFLICT');
      expect(refused[0]!.cause).toMatchObject({ details: { reason: 'ROOM_BOOKED' } });
    } finally {
      await pool.close();
    }
    // Back to back is fine, and so is the same time on site.
    const third = await assignedCase(admin, world.a, 4);
    const adjacent = await admin.mediationSession.schedule({
      tenantSlug: world.a.town.slug,
      caseId: third.caseId,
      expectedVersion: third.version,
      place: 'room',
      roomId: world.a.setup.roomId,
      startsAt: at(2, 12),
      endsAt: at(2, 13),
      mediatorUserIds: [world.a.mediator.userId],
    });
    expect(adjacent.status).toBe('in_mediation');
  });

  it('frees the room when a session is cancelled', async () => {
    const admin = await world.caller(world.a.townAdmin);
    const target = await assignedCase(admin, world.a, 5);
    const input = {
      tenantSlug: world.a.town.slug,
      caseId: target.caseId,
      place: 'room' as const,
      roomId: world.a.setup.roomId,
      startsAt: at(3, 14),
      endsAt: at(3, 16),
      mediatorUserIds: [world.a.mediator.userId],
    };
    const first = await admin.mediationSession.schedule({
      ...input,
      expectedVersion: target.version,
    });
    const clash = await admin.mediationSession
      .schedule({ ...input, expectedVersion: first.version })
      .then(refused, (caught: unknown) => caught as TRPCError);
    expect(clash).toMatchObject({ code: 'CONFLICT' });
    const cancelled = await admin.mediationSession.cancel({
      tenantSlug: world.a.town.slug,
      sessionId: first.sessionId,
      expectedVersion: first.version,
      reason: '申请人住院，改期',
    });
    const again = await admin.mediationSession.schedule({
      ...input,
      expectedVersion: cancelled.version,
    });
    expect(again.version).toBe(cancelled.version + 1);
  });

  it('moves the case by the recorded outcome', async () => {
    const admin = await world.caller(world.a.townAdmin);
    const target = await assignedCase(admin, world.a, 6);
    const tenantSlug = world.a.town.slug;
    const schedule = (expectedVersion: number, day: number) =>
      admin.mediationSession.schedule({
        tenantSlug,
        caseId: target.caseId,
        expectedVersion,
        place: 'on_site',
        location: '柳湾村村委会',
        startsAt: at(day, 9),
        endsAt: at(day, 10),
        mediatorUserIds: [world.a.mediator.userId],
      });
    const first = await schedule(target.version, 10);
    const held = await admin.mediationSession.record({
      tenantSlug,
      sessionId: first.sessionId,
      expectedVersion: first.version,
      notes: '双方各自陈述，约定下周再谈。',
      outcome: 'partial',
    });
    expect(held.status).toBe('in_mediation');
    const second = await schedule(held.version, 17);
    const failedWithoutReason = await admin.mediationSession
      .record({
        tenantSlug,
        sessionId: second.sessionId,
        expectedVersion: second.version,
        outcome: 'failed',
      })
      .then(refused, (caught: unknown) => caught as TRPCError);
    expect(failedWithoutReason).toMatchObject({ message: 'VALIDATION_FAILED' });
    const failed = await admin.mediationSession.record({
      tenantSlug,
      sessionId: second.sessionId,
      expectedVersion: second.version,
      outcome: 'failed',
      reason: '被申请人坚持不赔偿，调解不成，告知可向法院起诉',
    });
    expect(failed.status).toBe('failed');
    const twice = await admin.mediationSession
      .record({ tenantSlug, sessionId: second.sessionId, expectedVersion: failed.version })
      .then(refused, (caught: unknown) => caught as TRPCError);
    expect(twice).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses mediators who do not work cases here', async () => {
    const admin = await world.caller(world.a.townAdmin);
    const target = await assignedCase(admin, world.a, 7);
    const error = await admin.mediationSession
      .schedule({
        tenantSlug: world.a.town.slug,
        caseId: target.caseId,
        expectedVersion: target.version,
        place: 'online',
        location: '腾讯会议 123-456-789',
        startsAt: at(20, 9),
        endsAt: at(20, 10),
        mediatorUserIds: [world.b.mediator.userId],
      })
      .then(refused, (caught: unknown) => caught as TRPCError);
    expect(error.cause).toMatchObject({
      details: { fields: [{ path: 'mediatorUserIds.0', reason: 'not_a_handler' }] },
    });
  });
});
