import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, PASSWORD, type World } from '../../testing/world.ts';

let database: TestDatabase;
let world: World;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
});
afterAll(() => database.drop());

describe('account.twoFactorStatus and disableTotp', () => {
  it('requires a second factor of a county administrator and refuses to disable it', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    expect(await admin.account.twoFactorStatus()).toEqual({ enabled: true, required: true });
    const refused = await admin.account
      .disableTotp({ password: PASSWORD })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).code).toBe('FORBIDDEN');
  });

  it('does not require one of a mediator', async () => {
    const mediator = await world.caller(world.a.mediator);
    expect(await mediator.account.twoFactorStatus()).toEqual({ enabled: false, required: false });
  });
});
