import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../testing/world.ts';

let database: TestDatabase;
let world: World;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
});
afterAll(() => database.drop());

describe('audit.list', () => {
  it('filters by action prefix in the database, newest first', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    const tenantSlug = world.a.town.slug;
    await admin.member.invite({
      tenantSlug,
      login: '13700137000',
      displayName: '甲',
      role: 'mediator',
    });
    const all = await admin.audit.list({ tenantSlug });
    const invitations = await admin.audit.list({ tenantSlug, actionPrefixes: ['invitation.'] });
    expect(all.length).toBeGreaterThan(invitations.length);
    expect(invitations.length).toBeGreaterThan(0);
    expect(invitations.every((entry) => entry.action.startsWith('invitation.'))).toBe(true);
    expect(invitations.map((entry) => entry.seq)).toEqual(
      [...invitations.map((e) => e.seq)].sort((a, b) => b - a),
    );
    expect(await admin.audit.list({ tenantSlug, actionPrefixes: ['nothing_like_this.'] })).toEqual(
      [],
    );
  });
});
