import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type Person, refusalOf, type World } from '../../testing/world.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
});
afterAll(() => database.drop());

const signUpInput = (overrides: Record<string, unknown> = {}) => ({
  countyName: '云溪县',
  divisionCode: '500235',
  slug: `yunxi-${Math.random().toString(36).slice(2, 8)}`,
  adminLogin: `admin-${Math.random().toString(36).slice(2, 8)}@yunxi.example.cn`,
  displayName: '县政法委 王主任',
  password: 'Yunxi-county-2026!',
  ...overrides,
});

async function countRows(table: string, countyId?: string): Promise<number> {
  const where = countyId ? sql` where county_id = ${countyId}` : sql``;
  const [row] = await database.owner.db.execute<{ n: number }>(
    sql`select count(*)::int as n from ${sql.identifier(table)}${where}`,
  );
  return row?.n ?? 0;
}

describe('county.signUp', () => {
  it('creates the county, its administrator and the default configuration in one go', async () => {
    const anonymous = await world.caller(null);
    const input = signUpInput();
    const { countySlug } = await anonymous.county.signUp(input);
    expect(countySlug).toBe(input.slug);

    const [county] = await database.owner.db.execute<{
      id: string;
      kind: string;
      division_code: string;
      name: string;
    }>(sql`select id, kind, division_code, name from tenant where slug = ${input.slug}`);
    expect(county).toMatchObject({ kind: 'county', division_code: '500235000000', name: '云溪县' });
    const countyId = county!.id;
    const [membership] = await database.owner.db.execute<{ role: string; email: string }>(
      sql`select m.role, u.email from membership m join "user" u on u.id = m.user_id where m.county_id = ${countyId}`,
    );
    expect(membership).toEqual({ role: 'county_admin', email: input.adminLogin });
    expect(await countRows('dispute_category', countyId)).toBe(15);
    expect(await countRows('industry_committee', countyId)).toBe(7);
    const settings = await database.owner.db.execute<{ key: string; version: number }>(
      sql`select key, version from tenant_setting where county_id = ${countyId} order by key`,
    );
    expect(settings.map((row) => `${row.key}@${row.version}`)).toEqual([
      'intake_channels@1',
      'numbering@1',
      'stage_deadlines@1',
      'tiers@1',
      'town_overrides@1',
    ]);
    const [root] = await database.owner.db.execute<{ tier_level: number; name: string }>(
      sql`select tier_level, name from org_unit where county_id = ${countyId}`,
    );
    expect(root).toEqual({ tier_level: 1, name: '云溪县' });
    const actions = await database.owner.db.execute<{ action: string }>(
      sql`select action from audit_log where county_id = ${countyId} order by seq`,
    );
    expect(actions.map((row) => row.action)).toEqual([
      'county.signed_up',
      'membership.created',
      'configuration.defaults_applied',
    ]);

    // The administrator signs in and is sent to enrol a second factor before anything else.
    const session = await anonymous.auth.signIn({
      login: input.adminLogin,
      password: input.password,
    });
    const admin: Person = {
      userId: '',
      login: input.adminLogin,
      token: session.token,
      sessionId: '',
    };
    const signedIn = await world.caller(admin);
    expect(await refusalOf(signedIn.tenant.current({ tenantSlug: countySlug }))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'TWO_FACTOR_ENROLMENT_REQUIRED',
    });
  });

  it('refuses a slug already taken, by any county, and leaves nothing behind', async () => {
    const anonymous = await world.caller(null);
    const tenantsBefore = await countRows('tenant');
    const usersBefore = await countRows('user');
    const refusal = await refusalOf(
      anonymous.county.signUp(signUpInput({ slug: world.b.county.slug })),
    );
    expect(refusal).toMatchObject({ code: 'CONFLICT', details: { reason: 'SLUG_TAKEN' } });
    expect(await countRows('tenant')).toBe(tenantsBefore);
    expect(await countRows('user')).toBe(usersBefore);
  });

  it('refuses a login that already has an account, and rolls the county back', async () => {
    const anonymous = await world.caller(null);
    const tenantsBefore = await countRows('tenant');
    const refusal = await refusalOf(
      anonymous.county.signUp(signUpInput({ adminLogin: world.a.mediator.login.toUpperCase() })),
    );
    expect(refusal).toMatchObject({ code: 'CONFLICT', details: { reason: 'LOGIN_TAKEN' } });
    expect(await countRows('tenant')).toBe(tenantsBefore);
  });

  it('refuses a weak password with the policy code', async () => {
    const anonymous = await world.caller(null);
    const short = await refusalOf(anonymous.county.signUp(signUpInput({ password: 'short' })));
    expect(short).toMatchObject({ code: 'BAD_REQUEST', message: 'PASSWORD_TOO_SHORT' });
    const common = await refusalOf(
      anonymous.county.signUp(signUpInput({ password: 'password123' })),
    );
    expect(common.code).toBe('BAD_REQUEST');
    expect(common.message).toMatch(/^PASSWORD_/);
  });

  it.each([
    ['five digits', '50023'],
    ['a province that does not exist', '990101'],
    ['a city, not a county', '500100'],
    ['twelve digits below county level', '500235101000'],
    ['letters', '50023a'],
  ])('refuses a division code with %s', async (_, divisionCode) => {
    const anonymous = await world.caller(null);
    const refusal = await refusalOf(anonymous.county.signUp(signUpInput({ divisionCode })));
    expect(refusal.code).toBe('BAD_REQUEST');
  });

  it('accepts a twelve-digit county code and refuses a malformed slug or login', async () => {
    const anonymous = await world.caller(null);
    await expect(
      anonymous.county.signUp(signUpInput({ divisionCode: '500236000000' })),
    ).resolves.toHaveProperty('countySlug');
    for (const slug of ['Yunxi', '-yunxi', 'y', 'yun_xi']) {
      expect((await refusalOf(anonymous.county.signUp(signUpInput({ slug })))).code).toBe(
        'BAD_REQUEST',
      );
    }
    expect(
      await refusalOf(anonymous.county.signUp(signUpInput({ adminLogin: 'not a login' }))),
    ).toMatchObject({ code: 'BAD_REQUEST', message: 'LOGIN_INVALID' });
  });
});
