// Issue 4's acceptance end to end: a 1,000-row file with 3 bad rows, uploaded as the import page
// does it (file reader, then orgUnit.importRows through the request's caller), reports exactly
// those 3 rows by line, column and reason and writes nothing; the corrected file imports all
// 1,000. Against a real PostgreSQL (embedded, or DATABASE_URL), under row-level security.
import {
  addSiblingTown,
  authConfig,
  createWorld,
  testPiiKeys,
  testStorage,
} from '@concord/api/testing/world';
import { sessionCookie } from '@concord/auth/session/session-cookie';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import type { OrgUnitSheetRow } from '@concord/documents/spreadsheet/org-unit-sheet';
import {
  ORG_UNIT_FIELDS,
  ORG_UNIT_HEADERS,
  ORG_UNIT_SHEET_TEXT,
  type SpreadsheetLocale,
} from '@concord/documents/spreadsheet/org-unit-sheet-labels';
import { translate } from '@concord/i18n';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../server/env.ts';
import type { AppContext } from '../context.server.ts';
import { isMessageKey } from './messages.ts';
import { type ImportError, importOrgUnitFile } from './org-unit-import.server.ts';
import { tenantRequest } from './tenant.server.ts';

let database: TestDatabase;
let app: AppContext;
/** A town with a division code, its administrator's session token and its codes' first 9 digits. */
let town: { id: string; slug: string; adminToken: string; code9: string };

beforeAll(async () => {
  database = await createTestDatabase();
  const world = await createWorld(database);
  const side = await addSiblingTown(database, world.a, 'qingxi');
  town = {
    id: side.town.id,
    slug: side.town.slug,
    adminToken: side.townAdmin.token,
    code9: side.setup.villageCode.slice(0, 9),
  };
  // What server/main.ts hands the app, with the test world's keys and a silent logger.
  app = {
    db: database.app.db,
    ownerDb: database.owner.db,
    logger: pino({ level: 'silent' }),
    env: parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    authConfig,
    keys: {
      TOTP_ENCRYPTION_KEY: new Uint8Array(32).fill(7),
      PII_ENCRYPTION_KEY: testPiiKeys.encryptionKey,
      PII_INDEX_KEY: testPiiKeys.indexKey,
    },
    pii: testPiiKeys,
    storage: testStorage,
    secureCookies: false,
    requestId: 'org-unit-import-test',
    clientIp: '127.0.0.1',
  };
});
afterAll(() => database?.drop());

/** The import page's form post, signed in as the town administrator by session cookie. */
async function upload(file: File, locale: SpreadsheetLocale) {
  const [cookie] = sessionCookie({
    token: town.adminToken,
    expiresAt: new Date(Date.now() + 3_600_000),
    secure: false,
  }).setCookie.split(';');
  const request = new Request(`http://concord.test/t/${town.slug}/units/import`, {
    method: 'POST',
    headers: { Cookie: cookie!, 'User-Agent': 'vitest' },
  });
  const { caller } = await tenantRequest(request, app);
  return importOrgUnitFile(app, caller, { tenantSlug: town.slug, file, locale });
}

/**
 * 1,000 valid rows for the town: 40 villages (codes …301–…340, under the town's 9 digits), each
 * followed by its 24 resident units. Row i is on line i + 2 of the file.
 */
function townRows(): OrgUnitSheetRow[] {
  const rows: OrgUnitSheetRow[] = [];
  for (let village = 1; village <= 40; village++) {
    const villageCode = `${town.code9}${300 + village}`;
    rows.push({
      divisionCode: villageCode,
      name: `第${village}村`,
      parentCode: `${town.code9}000`,
      tier: 3,
      population: 1000 + village,
      households: 300 + village,
    });
    for (let group = 1; group <= 24; group++) {
      rows.push({
        divisionCode: `${villageCode}${String(group).padStart(3, '0')}`,
        name: `第${group}村民小组`,
        parentCode: villageCode,
        tier: 4,
        population: 40 + group,
        households: group % 2 === 0 ? 12 : null,
      });
    }
  }
  return rows;
}

type Cell = string | number | null;
type SheetRow = Record<(typeof ORG_UNIT_FIELDS)[number], Cell>;

const asSheetRow = (row: OrgUnitSheetRow): SheetRow => ({ ...row });

/** The same rows with three mistakes: lines 103, 504 and 902. */
function withThreeBad(rows: SheetRow[]): SheetRow[] {
  const bad = [...rows];
  // A resident unit's code one digit short.
  bad[101] = { ...bad[101]!, divisionCode: String(bad[101]!.divisionCode).slice(0, 14) };
  // A resident unit under a village that is neither in the file nor in the system.
  bad[502] = { ...bad[502]!, divisionCode: `${town.code9}399002`, parentCode: `${town.code9}399` };
  // A village's population in words.
  bad[900] = { ...bad[900]!, population: '约三百' };
  return bad;
}

function headersOf(locale: SpreadsheetLocale): string[] {
  return ORG_UNIT_FIELDS.map((field) => ORG_UNIT_HEADERS[locale][field]);
}

function csvFile(locale: SpreadsheetLocale, rows: SheetRow[], name: string): File {
  const lines = [headersOf(locale), ...rows.map((row) => ORG_UNIT_FIELDS.map((f) => row[f]))];
  const text = lines.map((cells) => cells.map((cell) => cell ?? '').join(',')).join('\r\n');
  return new File([`${text}\r\n`], name, { type: 'text/csv' });
}

/** An XLSX as the template has it: codes as text, numbers as numbers. */
async function xlsxFile(locale: SpreadsheetLocale, rows: SheetRow[], name: string): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(ORG_UNIT_SHEET_TEXT[locale].dataSheet);
  sheet.addRow(headersOf(locale));
  for (const row of rows) sheet.addRow(ORG_UNIT_FIELDS.map((field) => row[field]));
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return new File([bytes], name, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

/** The reason the import page's error table shows for an error. */
function reasonText(error: ImportError, locale: SpreadsheetLocale): string {
  const key = `units.import.error.${error.code}`;
  return isMessageKey(key) ? translate(locale, key, { value: error.value ?? '' }) : error.code;
}

async function written(): Promise<{ units: number; audit: number; imports: number }> {
  const [row] = await database.owner.db.execute<{ units: number; audit: number; imports: number }>(
    sql`select
      (select count(*)::int from org_unit where tenant_id = ${town.id}) as units,
      (select count(*)::int from audit_log where tenant_id = ${town.id}) as audit,
      (select count(*)::int from audit_log
        where tenant_id = ${town.id} and action = 'org_unit.imported') as imports`,
  );
  return row!;
}

function expectedErrors(locale: SpreadsheetLocale) {
  const headers = ORG_UNIT_HEADERS[locale];
  return [
    {
      line: 103,
      column: headers.divisionCode,
      code: 'DIVISION_CODE_SHAPE',
      value: `${town.code9}305001`.slice(0, 14),
    },
    {
      line: 504,
      column: headers.parentCode,
      code: 'PARENT_NOT_FOUND',
      value: `${town.code9}399`,
    },
    { line: 902, column: headers.population, code: 'NUMBER_INVALID', value: '约三百' },
  ];
}

describe('importOrgUnitFile: 1,000 rows, 3 of them bad', () => {
  const valid = () => townRows().map(asSheetRow);

  it('reports exactly the 3 bad rows of a Chinese CSV and writes nothing', async () => {
    const before = await written();
    const { outcome, status } = await upload(
      csvFile('zh-CN', withThreeBad(valid()), '组织单位.csv'),
      'zh-CN',
    );
    expect(status).toBe(422);
    expect(outcome).toEqual({
      status: 'refused',
      fileName: '组织单位.csv',
      rows: 997,
      errors: expectedErrors('zh-CN'),
      errorCount: 3,
    });
    if (outcome.status !== 'refused') throw new Error('expected a refusal');
    expect(outcome.errors.map((error) => reasonText(error, 'zh-CN'))).toEqual([
      expect.any(String),
      '找不到上级单位：表中和系统中都没有这个代码。',
      '须为不小于 0 的整数。',
    ]);
    expect(outcome.errors.every((error) => reasonText(error, 'zh-CN') !== error.code)).toBe(true);
    expect(await written()).toEqual(before);
  });

  it('reports the same 3 rows of an English XLSX, in English, and writes nothing', async () => {
    const before = await written();
    const file = await xlsxFile('en', withThreeBad(valid()), 'org-units.xlsx');
    const { outcome, status } = await upload(file, 'en');
    expect(status).toBe(422);
    expect(outcome).toEqual({
      status: 'refused',
      fileName: 'org-units.xlsx',
      rows: 997,
      errors: expectedErrors('en'),
      errorCount: 3,
    });
    if (outcome.status !== 'refused') throw new Error('expected a refusal');
    expect(reasonText(outcome.errors[2]!, 'en')).toBe('Must be a whole number of 0 or more.');
    expect(await written()).toEqual(before);
  });

  it('imports all 1,000 once the 3 rows are corrected, and the same rows again change nothing', async () => {
    const before = await written();
    const first = await upload(csvFile('zh-CN', valid(), '组织单位.csv'), 'zh-CN');
    expect(first).toEqual({
      outcome: {
        status: 'imported',
        fileName: '组织单位.csv',
        rows: 1000,
        created: 1000,
        updated: 0,
        unchanged: 0,
      },
      status: 200,
    });
    expect(await written()).toEqual({
      units: before.units + 1000,
      audit: before.audit + 1,
      imports: before.imports + 1,
    });

    const again = await upload(await xlsxFile('en', valid(), 'org-units.xlsx'), 'en');
    expect(again.outcome).toMatchObject({ status: 'imported', created: 0, unchanged: 1000 });
    expect(await written()).toEqual({
      units: before.units + 1000,
      audit: before.audit + 1,
      imports: before.imports + 1,
    });
  });
});
