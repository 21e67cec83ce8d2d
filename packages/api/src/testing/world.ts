// Two counties, each with a town and people in every tier, for tests of the API: a "world" in
// which county A's ids are known to county B's users, so isolation can be probed. A second town
// of a county (addSiblingTown) probes isolation between towns of one county.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAuthConfig } from '@concord/auth/auth-config';
import { createSession } from '@concord/auth/session/create-session';
import { validateSessionToken } from '@concord/auth/session/validate-session-token';
import { createUser } from '@concord/auth/user/create-user';
import { normalizeLogin } from '@concord/auth/user/normalize-login';
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import {
  disputeCategory,
  industryCommittee,
  membership,
  orgUnit,
  type Role,
  tenant,
  user,
} from '@concord/db/schema';
import { systemScope, withScope } from '@concord/db/scope';
import type { TestDatabase } from '@concord/db/testing';
import { and, eq } from 'drizzle-orm';
import type { PiiKeys } from '../pii/pii-keys.ts';
import { type ApiContext, createCaller } from '../root.ts';
import { createCentreEntry } from '../routers/centre/create-centre-entry.ts';
import { importOrgUnits } from '../routers/org-unit/import-org-units.ts';
import { createTown } from '../routers/town/create-town.ts';
import { applyDefaultConfiguration, applyTownDefaults } from '../seed/seed-configuration.ts';
import { createLocalDiskStorage } from '../storage/local-disk-storage.ts';

export const authConfig = createAuthConfig({ totpEncryptionKey: new Uint8Array(32).fill(7) });
export const testPiiKeys: PiiKeys = {
  keyId: 1,
  encryptionKey: new Uint8Array(32).fill(11),
  indexKey: new Uint8Array(32).fill(13),
};
/** One folder per test process; every test database's files go under their own tenant keys. */
const testFilesFolder = mkdtempSync(path.join(tmpdir(), 'concord-test-files-'));
process.once('exit', () => rmSync(testFilesFolder, { recursive: true, force: true }));
export const testStorage = createLocalDiskStorage(testFilesFolder);
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
  /** The county's default configuration and a little of the town's tree and centre. */
  setup: SideSetup;
}

export interface SideSetup {
  /** The national 邻里纠纷 category. */
  categoryId: string;
  /** The default traffic committee. */
  committeeId: string;
  countyRootUnitId: string;
  townRootUnitId: string;
  villageUnitId: string;
  villageCode: string;
  residentUnitId: string;
  departmentId: string;
  roomId: string;
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

/** A town's village and resident unit (through the import) and its centre's department and room. */
async function addTownSetup(
  tx: Transaction,
  town: typeof tenant.$inferSelect,
  options: { villageCode: string; label: string },
): Promise<Pick<SideSetup, 'villageUnitId' | 'residentUnitId' | 'departmentId' | 'roomId'>> {
  const { villageCode } = options;
  await importOrgUnits(tx, {
    tenant: town,
    rows: [
      { divisionCode: villageCode, name: `${options.label}村`, tierLevel: 3, population: 1200 },
      {
        divisionCode: `${villageCode}001`,
        name: '第一村民小组',
        parentCode: villageCode,
        tierLevel: 4,
      },
    ],
    actorUserId: null,
  });
  const units = await tx
    .select({ id: orgUnit.id, tierLevel: orgUnit.tierLevel })
    .from(orgUnit)
    .where(and(eq(orgUnit.countyId, town.countyId), eq(orgUnit.tenantId, town.id)));
  const unit = (tierLevel: number) => units.find((row) => row.tierLevel === tierLevel)!.id;
  const department = await createCentreEntry(tx, {
    kind: 'department',
    centre: town,
    fields: { name: '司法所', presence: 'resident' },
    actorUserId: null,
  });
  const room = await createCentreEntry(tx, {
    kind: 'room',
    centre: town,
    fields: { name: '第一调解室', capacity: 8 },
    actorUserId: null,
  });
  return {
    villageUnitId: unit(3),
    residentUnitId: unit(4),
    departmentId: department.id,
    roomId: room.id,
  };
}

/** Configuration through the same use cases as sign-up, town creation and import. */
async function addSetup(
  database: TestDatabase,
  ids: { countyId: string; townId: string; label: string },
): Promise<SideSetup> {
  const { countyId, townId } = ids;
  // A well-shaped village code: the final 1 keeps its village part from being 000.
  const villageCode = `${ids.label === 'alpha' ? '11' : '22'}${newId().replace(/\D/g, '').slice(0, 9).padEnd(9, '7')}1`;
  return withScope(database.owner.db, systemScope([countyId, townId]), async (tx) => {
    await applyDefaultConfiguration(tx, { countyId, actorUserId: null });
    const { rootUnitId } = await applyTownDefaults(tx, { townId, actorUserId: null });
    const [town] = await tx.select().from(tenant).where(eq(tenant.id, townId));
    const townSetup = await addTownSetup(tx, town!, { villageCode, label: ids.label });
    const [countyRoot] = await tx
      .select({ id: orgUnit.id })
      .from(orgUnit)
      .where(
        and(
          eq(orgUnit.countyId, countyId),
          eq(orgUnit.tenantId, countyId),
          eq(orgUnit.tierLevel, 1),
        ),
      );
    const [category] = await tx
      .select({ id: disputeCategory.id })
      .from(disputeCategory)
      .where(
        and(eq(disputeCategory.countyId, countyId), eq(disputeCategory.nationalCode, 'neighbour')),
      );
    const [committee] = await tx
      .select({ id: industryCommittee.id })
      .from(industryCommittee)
      .where(and(eq(industryCommittee.countyId, countyId), eq(industryCommittee.code, 'traffic')));
    return {
      categoryId: category!.id,
      committeeId: committee!.id,
      countyRootUnitId: countyRoot!.id,
      townRootUnitId: rootUnitId,
      villageCode,
      ...townSetup,
    };
  });
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
    setup: await addSetup(database, { countyId: county.id, townId: town.id, label }),
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
        pii: testPiiKeys,
        storage: testStorage,
      };
      return createCaller(context);
    },
  };
}

/**
 * A second town of `side`'s county, onboarded as a county administrator does it (createTown),
 * with its own administrator, mediator, village, resident unit, department and room. Its
 * `county`, `countyAdmin` and county-level setup (categories, committees, root unit) are
 * `side`'s: what sibling towns share.
 */
export async function addSiblingTown(
  database: TestDatabase,
  side: Side,
  label: string,
): Promise<Side> {
  const countyId = side.county.id;
  // A 9-digit town code (the county has none, so any is in it); villages extend it.
  const townCode = `110105${String(100 + (Number.parseInt(newId().slice(-6), 16) % 900))}`;
  const villageCode = `${townCode}201`;
  const name = `${label}镇`;
  const created = await withScope(database.owner.db, systemScope([countyId]), async (tx) => {
    const [county] = await tx.select().from(tenant).where(eq(tenant.id, countyId));
    return createTown(tx, {
      county: county!,
      scope: systemScope([countyId]),
      name,
      slug: `${label}-town-${countyId.slice(-8)}`,
      divisionCode: `${townCode}000`,
      actorUserId: side.countyAdmin.userId,
    });
  });
  const base = { countyId, tenantId: created.townId, twoFactor: false };
  const townAdmin = await addPerson(database, {
    ...base,
    role: 'town_admin',
    label: `${label}-town-admin`,
  });
  const mediator = await addPerson(database, {
    ...base,
    role: 'mediator',
    label: `${label}-mediator`,
  });
  const townSetup = await withScope(
    database.owner.db,
    systemScope([countyId, created.townId]),
    async (tx) => {
      const [town] = await tx.select().from(tenant).where(eq(tenant.id, created.townId));
      return addTownSetup(tx, town!, { villageCode, label });
    },
  );
  return {
    county: side.county,
    town: { id: created.townId, slug: created.slug, name },
    countyAdmin: side.countyAdmin,
    townAdmin,
    mediator,
    setup: { ...side.setup, townRootUnitId: created.rootUnitId, villageCode, ...townSetup },
  };
}

/** The refusal a call ends in: tRPC code, stable message and details (throws if it succeeded). */
export async function refusalOf(
  call: Promise<unknown>,
): Promise<{ code: string; message: string; details: Record<string, unknown> | null }> {
  try {
    await call;
  } catch (error) {
    const failure = error as { code?: string; message?: string; cause?: { details?: unknown } };
    return {
      code: failure.code ?? 'UNKNOWN',
      message: failure.message ?? '',
      details: (failure.cause?.details as Record<string, unknown> | undefined) ?? null,
    };
  }
  throw new Error('expected the call to be refused');
}
