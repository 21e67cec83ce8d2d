// Attachments: types proven by content, the scan hook, and downloads only through a row the
// request can see.
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerWith, intakeForm, refused } from '../../testing/case-fixture.ts';
import { createWorld, type World } from '../../testing/world.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
});
afterAll(() => database.drop());

const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('attachment', () => {
  it('stores a file, notes it on the timeline and hands it back', async () => {
    const caller = await world.caller(world.a.townAdmin);
    const { caseId } = await caller.case.register(intakeForm(world.a, 1));
    const uploaded = await caller.attachment.upload({
      tenantSlug: world.a.town.slug,
      caseId,
      expectedVersion: 1,
      fileName: 'C:\\Users\\孙丽\\现场照片.png',
      contentBase64: png.toString('base64'),
    });
    expect(uploaded).toMatchObject({ version: 2, scanStatus: 'not_scanned' });
    const back = await caller.attachment.download({
      tenantSlug: world.a.town.slug,
      attachmentId: uploaded.attachmentId,
    });
    expect(back).toMatchObject({
      fileName: '现场照片.png',
      contentType: 'image/png',
      sizeBytes: png.length,
    });
    expect(Buffer.from(back.contentBase64, 'base64').equals(png)).toBe(true);
    const page = await caller.case.get({ tenantSlug: world.a.town.slug, caseId });
    expect(page.attachments.map((file) => file.fileName)).toEqual(['现场照片.png']);
    expect(page.timeline.at(-1)).toMatchObject({ kind: 'attachment_added' });
    const [audit] = await database.owner.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'attachment.downloaded'
          and target_id = ${uploaded.attachmentId}`,
    );
    expect(audit?.n).toBe(1);
  });

  it('refuses a file whose bytes are not an allowed type, whatever its name says', async () => {
    const caller = await world.caller(world.a.townAdmin);
    const { caseId } = await caller.case.register(intakeForm(world.a, 2));
    const upload = (fileName: string, content: Buffer) =>
      caller.attachment
        .upload({
          tenantSlug: world.a.town.slug,
          caseId,
          expectedVersion: 1,
          fileName,
          contentBase64: content.toString('base64'),
        })
        .then(refused, (caught: unknown) => caught as TRPCError);
    expect((await upload('合同.pdf', Buffer.from('MZ\x90\x00'))).cause).toMatchObject({
      details: { fields: [{ path: 'contentBase64', reason: 'unsupported_type' }] },
    });
    expect((await upload('照片.jpg', pdf)).cause).toMatchObject({
      details: { fields: [{ path: 'fileName', reason: 'type_mismatch' }] },
    });
    const oversized = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]);
    expect(await upload('大文件.pdf', oversized)).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('refuses what the scanner finds infected and records what it passed', async () => {
    const infected = await callerWith(world, world.a.townAdmin, {
      scanHook: async () => 'infected',
    });
    const { caseId } = await infected.case.register(intakeForm(world.a, 3));
    const error = await infected.attachment
      .upload({
        tenantSlug: world.a.town.slug,
        caseId,
        expectedVersion: 1,
        fileName: '协议.pdf',
        contentBase64: pdf.toString('base64'),
      })
      .then(refused, (caught: unknown) => caught as TRPCError);
    expect(error.cause).toMatchObject({
      details: { fields: [{ path: 'contentBase64', reason: 'infected' }] },
    });
    const clean = await callerWith(world, world.a.townAdmin, { scanHook: async () => 'clean' });
    const stored = await clean.attachment.upload({
      tenantSlug: world.a.town.slug,
      caseId,
      expectedVersion: 1,
      fileName: '协议.pdf',
      contentBase64: pdf.toString('base64'),
    });
    expect(stored.scanStatus).toBe('clean');
  });

  it('gives another county nothing, even with the attachment id', async () => {
    const caller = await world.caller(world.a.townAdmin);
    const { caseId } = await caller.case.register(intakeForm(world.a, 4));
    const { attachmentId } = await caller.attachment.upload({
      tenantSlug: world.a.town.slug,
      caseId,
      expectedVersion: 1,
      fileName: 'a.pdf',
      contentBase64: pdf.toString('base64'),
    });
    const other = await world.caller(world.b.townAdmin);
    const error = await other.attachment
      .download({ tenantSlug: world.b.town.slug, attachmentId })
      .then(refused, (caught: unknown) => caught as TRPCError);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error.code).toBe('NOT_FOUND');
  });
});
