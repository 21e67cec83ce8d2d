// Two counties, each with a town and people in every tier, for tests of the API: a "world" in
// which county A's ids are known to county B's users, so isolation can be probed.
import { createAuthConfig } from '@concord/auth/auth-config';
import { createSession } from '@concord/auth/session/create-session';
import { validateSessionToken } from '@concord/auth/session/validate-session-token';
import { createUser } from '@concord/auth/user/create-user';
import { normalizeLogin } from '@concord/auth/user/normalize-login';
import { newId } from '@concord/db/id';
import { membership, type Role, tenant, user } from '@concord/db/schema';
import { systemScope, withScope } from '@concord/db/scope';
import type { TestDatabase } from '@concord/db/testing';
import { eq } from 'drizzle-orm';
import { type ApiContext, createCaller } from '../root.ts';

export const authConfig = createAuthConfig({ totpEncryptionKey: new Uint8Array(32).fill(7) });
export const PASSWORD = 'Qingxi-mediation-2026';

export interface Person {
  userId: string;
  login: string;
  token: string;
  sessionId: string;
}

export interface Side {
  county: { id: string; slug: string; name: string };
  town: { id: string; slug: string; name: string };
  countyAdmin: Person;
  townAdmin: Person;
  mediator: Person;
}

export interface World {
  database: TestDatabase;
  a: Side;
  b: Side;
  now: () => Date;
  caller(person: Person | null): Promise<ReturnType<typeof createCaller>>;
}

async function addTenant(database: TestDatabase, label: string) {
  const countyId = newId();
  const townId = newId();
  const suffix = countyId.slice(-8);
  const county = { id: countyId, slug: `${label}-county-${suffix}`, name: `${label}县` };
  const town = { id: townId, slug: `${label}-town-${suffix}`, name: `${label}镇` };
  await withScope(database.owner.db, systemScope([countyId, townId]), async (tx) => {
    await tx.insert(tenant).values({ ...county, countyId, kind: 'county' });
    await tx.insert(tenant).values({ ...town, countyId, parentId: countyId, kind: 'town' });
  });
  return { county, town };
}

async function addPerson(
  database: TestDatabase,
  options: { tenantId: string; countyId: string; role: Role; label: string; twoFactor: boolean },
): Promise<Person> {
  const now = new Date();
  const loginText = `${options.label}-${newId().slice(-8)}@example.cn`;
  const login = normalizeLogin(loginText)!;
  const { id: userId } = await createUser(database.app.db, {
    login,
    displayName: options.label,
    password: PASSWORD,
    now,
  });
  if (options.twoFactor) {
    // Enrolment itself is tested in packages/auth; here only its outcome matters.
    await database.owner.db.update(user).set({ totpEnabledAt: now }).where(eq(user.id, userId));
  }
  await withScope(database.owner.db, systemScope([options.tenantId]), (tx) =>
    tx.insert(membership).values({
      countyId: options.countyId,
      tenantId: options.tenantId,
      id: newId(),
      userId,
      role: options.role,
    }),
  );
  const { token, session } = await createSession(database.app.db, {
    userId,
    twoFactorVerified: options.twoFactor,
    userAgent: 'vitest',
    ip: '127.0.0.1',
    now,
  });
  return { userId, login: loginText, token, sessionId: session.id };
}

async function addSide(database: TestDatabase, label: string): Promise<Side> {
  const { county, town } = await addTenant(database, label);
  const base = { countyId: county.id };
  return {
    county,
    town,
    countyAdmin: await addPerson(database, {
      ...base,
      tenantId: county.id,
      role: 'county_admin',
      label: `${label}-county-admin`,
      twoFactor: true,
    }),
    townAdmin: await addPerson(database, {
      ...base,
      tenantId: town.id,
      role: 'town_admin',
      label: `${label}-town-admin`,
      twoFactor: false,
    }),
    mediator: await addPerson(database, {
      ...base,
      tenantId: town.id,
      role: 'mediator',
      label: `${label}-mediator`,
      twoFactor: false,
    }),
  };
}

export async function createWorld(database: TestDatabase): Promise<World> {
  const a = await addSide(database, 'alpha');
  const b = await addSide(database, 'beta');
  const now = () => new Date();
  return {
    database,
    a,
    b,
    now,
    async caller(person) {
      const auth = person
        ? await validateSessionToken(database.app.db, person.token, {
            now: now(),
            config: authConfig.session,
          })
        : null;
      const context: ApiContext = {
        db: database.app.db,
        auth,
        request: { ip: '127.0.0.1', userAgent: 'vitest' },
        authConfig,
        now,
      };
      return createCaller(context);
    },
  };
}
