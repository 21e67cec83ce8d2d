import { auditLog, securityEvent } from '@concord/db/schema';
import { systemScope, withScope } from '@concord/db/scope';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCounty } from '../testing/fixtures.ts';
import { recordSecurityEvent } from './record-security-event.ts';
import { writeAudit } from './write-audit.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe('writeAudit', () => {
  it('appends hash-chained entries in the tenant scope', async () => {
    const county = await insertCounty(database.owner.db);
    const entry = {
      countyId: county.countyId,
      tenantId: county.id,
      actorUserId: null,
      targetType: 'tenant',
      targetId: county.id,
    };
    await withScope(database.app.db, systemScope([county.id]), async (tx) => {
      await writeAudit(tx, { ...entry, action: 'tenant.configured', detail: { field: 'name' } });
      await writeAudit(tx, { ...entry, action: 'tenant.configured' });
    });
    const rows = await database.owner.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.tenantId, county.id))
      .orderBy(auditLog.seq);
    expect(rows.map((r) => r.seq)).toEqual([1, 2]);
    expect(rows[0]?.detail).toEqual({ field: 'name' });
    expect(Buffer.from(rows[1]!.prevHash)).toEqual(Buffer.from(rows[0]!.hash));
    expect(rows[1]?.hash.byteLength).toBe(32);
  });

  it('is refused outside the tenant scope', async () => {
    const county = await insertCounty(database.owner.db);
    const other = await insertCounty(database.owner.db);
    await expect(
      withScope(database.app.db, systemScope([other.id]), (tx) =>
        writeAudit(tx, {
          countyId: county.countyId,
          tenantId: county.id,
          actorUserId: null,
          action: 'tenant.configured',
          targetType: 'tenant',
          targetId: county.id,
        }),
      ),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/row-level security/) } });
  });
});

describe('recordSecurityEvent', () => {
  it('appends events the app role cannot alter', async () => {
    await recordSecurityEvent(database.app.db, {
      userId: null,
      kind: 'sign_in_failed',
      ip: '10.0.0.9',
      detail: { x: 1 },
    });
    const [row] = await database.owner.db
      .select()
      .from(securityEvent)
      .where(eq(securityEvent.ip, '10.0.0.9'));
    expect(row).toMatchObject({ kind: 'sign_in_failed', detail: { x: 1 }, userId: null });
    await expect(database.app.db.delete(securityEvent)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/permission denied/) },
    });
  });
});
