// Intake with attachments: the files are checked before anything is written, added with the
// case in one transaction, never stored twice for a repeated submit, never left behind by a
// registration that failed.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileStorage } from '../../storage/file-storage.ts';
import { createLocalDiskStorage } from '../../storage/local-disk-storage.ts';
import { callerWith, intakeForm } from '../../testing/case-fixture.ts';
import { createWorld, refusalOf, type World } from '../../testing/world.ts';

let database: TestDatabase;
let world: World;
const folders: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
});
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  await database.drop();
});

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const file = (fileName: string, content: Buffer) => ({
  fileName,
  contentBase64: content.toString('base64'),
});

/** A storage of its own, so the test can count every file stored in it. */
async function countedStorage() {
  const folder = await mkdtemp(path.join(tmpdir(), 'concord-intake-files-'));
  folders.push(folder);
  const storage = createLocalDiskStorage(folder);
  const storedFiles = async () =>
    (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) =>
      entry.isFile(),
    ).length;
  return { storage, storedFiles };
}

async function countOf(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await database.owner.db.execute<{ n: number }>(query);
  return row?.n ?? -1;
}

/** Cases with the form's idempotency key, and attachments of any case with that key. */
async function writtenFor(idempotencyKey: string) {
  return {
    cases: await countOf(
      sql`select count(*)::int as n from mediation_case where idempotency_key = ${idempotencyKey}`,
    ),
    attachments: await countOf(
      sql`select count(*)::int as n from attachment a join mediation_case c
          on c.county_id = a.county_id and c.id = a.case_id
          where c.idempotency_key = ${idempotencyKey}`,
    ),
  };
}

describe('case.register with attachments', () => {
  it('adds every file with the case and notes each on the timeline', async () => {
    const { storage, storedFiles } = await countedStorage();
    const caller = await callerWith(world, world.a.townAdmin, { storage });
    const result = await caller.case.register({
      ...intakeForm(world.a, 1),
      attachments: [file('现场照片.png', png), file('C:\\材料\\派出所移送函.pdf', pdf)],
    });
    expect(result).toMatchObject({ created: true, version: 1 });

    const page = await caller.case.get({ tenantSlug: world.a.town.slug, caseId: result.caseId });
    expect(page.attachments.map((attached) => attached.fileName).sort()).toEqual(
      ['派出所移送函.pdf', '现场照片.png'].sort(),
    );
    expect(page.timeline.map((event) => event.kind)).toEqual([
      'registered',
      'attachment_added',
      'attachment_added',
    ]);
    expect(await storedFiles()).toBe(2);
    const photo = page.attachments.find((attached) => attached.fileName === '现场照片.png');
    const back = await caller.attachment.download({
      tenantSlug: world.a.town.slug,
      attachmentId: photo?.id ?? '',
    });
    expect(back).toMatchObject({ contentType: 'image/png', sizeBytes: png.length });
    expect(Buffer.from(back.contentBase64, 'base64').equals(png)).toBe(true);
  });

  it('refuses the whole registration for one bad file, naming it, and writes nothing', async () => {
    const { storage, storedFiles } = await countedStorage();
    const caller = await callerWith(world, world.a.townAdmin, { storage });
    const wrongType = intakeForm(world.a, 2);
    const refused = await refusalOf(
      caller.case.register({
        ...wrongType,
        attachments: [file('现场照片.png', png), file('合同.pdf', Buffer.from('MZ\x90\x00'))],
      }),
    );
    expect(refused).toMatchObject({
      code: 'BAD_REQUEST',
      details: { fields: [{ path: 'attachments.1', reason: 'unsupported_type' }] },
    });
    expect(await writtenFor(wrongType.idempotencyKey)).toEqual({ cases: 0, attachments: 0 });

    // One byte over the limit, with a party's problem: every problem of the form at once.
    const tooLarge = intakeForm(world.a, 3);
    const oversized = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024 + 1 - pdf.length)]);
    const both = await refusalOf(
      caller.case.register({
        ...tooLarge,
        parties: [{ ...tooLarge.parties[0]!, phone: '12812345678' }, tooLarge.parties[1]!],
        attachments: [file('大文件.pdf', oversized), file('现场照片.png', png)],
      }),
    );
    expect(both.details?.fields).toEqual(
      expect.arrayContaining([
        { path: 'parties.0.phone', reason: 'prefix' },
        { path: 'attachments.0', reason: 'too_large' },
      ]),
    );
    expect(await writtenFor(tooLarge.idempotencyKey)).toEqual({ cases: 0, attachments: 0 });
    expect(await storedFiles()).toBe(0);
  });

  it('refuses a file the scanner finds infected', async () => {
    const { storage, storedFiles } = await countedStorage();
    const caller = await callerWith(world, world.a.townAdmin, {
      storage,
      scanHook: async (bytes) => (bytes[0] === 0x25 ? 'infected' : 'clean'),
    });
    const form = intakeForm(world.a, 4);
    const refused = await refusalOf(
      caller.case.register({
        ...form,
        attachments: [file('现场照片.png', png), file('协议.pdf', pdf)],
      }),
    );
    expect(refused.details?.fields).toEqual([{ path: 'attachments.1', reason: 'infected' }]);
    expect(await writtenFor(form.idempotencyKey)).toEqual({ cases: 0, attachments: 0 });
    expect(await storedFiles()).toBe(0);
  });

  it('adds the files once when the same form is submitted again', async () => {
    const { storage, storedFiles } = await countedStorage();
    const caller = await callerWith(world, world.a.townAdmin, { storage });
    const form = {
      ...intakeForm(world.a, 5),
      attachments: [file('现场照片.png', png), file('协议.pdf', pdf)],
    };
    const [first, second] = await Promise.all([
      caller.case.register(form),
      caller.case.register(form),
    ]);
    const third = await caller.case.register(form);
    expect(new Set([first.caseId, second.caseId, third.caseId]).size).toBe(1);
    expect(third.created).toBe(false);
    expect(await writtenFor(form.idempotencyKey)).toEqual({ cases: 1, attachments: 2 });
    expect(await storedFiles()).toBe(2);
    const timeline = await caller.case.timeline({
      tenantSlug: world.a.town.slug,
      caseId: first.caseId,
    });
    expect(timeline.filter((event) => event.kind === 'attachment_added')).toHaveLength(2);
  });

  it('leaves no file behind when storing fails part-way', async () => {
    const { storage: disk, storedFiles } = await countedStorage();
    let puts = 0;
    const failingSecondPut: FileStorage = {
      ...disk,
      put: async (key, bytes) => {
        puts += 1;
        if (puts === 2) throw new Error('disk full');
        await disk.put(key, bytes);
      },
    };
    const caller = await callerWith(world, world.a.townAdmin, { storage: failingSecondPut });
    const form = intakeForm(world.a, 6);
    const refused = await refusalOf(
      caller.case.register({
        ...form,
        attachments: [file('现场照片.png', png), file('协议.pdf', pdf)],
      }),
    );
    expect(refused.code).toBe('INTERNAL_SERVER_ERROR');
    expect(puts).toBe(2);
    expect(await writtenFor(form.idempotencyKey)).toEqual({ cases: 0, attachments: 0 });
    expect(await storedFiles()).toBe(0);
  });
});
