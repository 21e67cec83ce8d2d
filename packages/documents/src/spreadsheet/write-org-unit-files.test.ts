import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { orgUnitRows } from '../testing/org-unit-fixtures.ts';
import {
  ORG_UNIT_FIELDS,
  ORG_UNIT_HEADERS,
  ORG_UNIT_SHEET_TEXT,
  type SpreadsheetLocale,
} from './org-unit-sheet-labels.ts';
import { readOrgUnitFile } from './read-org-unit-file.ts';
import { writeOrgUnitExport } from './write-org-unit-export.ts';
import { writeOrgUnitTemplate } from './write-org-unit-template.ts';

const LOCALES: SpreadsheetLocale[] = ['zh-CN', 'en'];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

describe.each(LOCALES)('writeOrgUnitTemplate (%s)', (locale) => {
  it('has the reader’s headers, a text-formatted code column, an example and instructions', async () => {
    const workbook = await load(await writeOrgUnitTemplate({ locale }));
    const text = ORG_UNIT_SHEET_TEXT[locale];
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      text.dataSheet,
      text.instructionsSheet,
    ]);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      ...ORG_UNIT_FIELDS.map((field) => ORG_UNIT_HEADERS[locale][field]),
    ]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(20);
    expect(sheet.getColumn(1).numFmt).toBe('@');
    expect(sheet.getCell('A2').value).toBe('330199100001');
    expect(sheet.rowCount).toBe(2);

    const instructions = workbook.worksheets[1]!;
    expect(instructions.getCell('A1').value).toBe(text.instructions[0]);
    expect(instructions.rowCount).toBe(text.instructions.length);
  });

  it('imports back: the example row is valid once its parent exists', async () => {
    const bytes = await writeOrgUnitTemplate({ locale });
    const existing = new Map([['330199100000', { tier: 2 }]]);
    const result = await readOrgUnitFile(bytes, { existing });
    expect(result.errors).toEqual([]);
    expect(result.rows).toMatchObject([{ line: 2, divisionCode: '330199100001', tier: 3 }]);
  });
});

describe.each(LOCALES)('writeOrgUnitExport (%s)', (locale) => {
  it('round-trips through the reader', async () => {
    const units = orgUnitRows(300);
    const result = await readOrgUnitFile(await writeOrgUnitExport({ locale, units }));
    expect(result.errors).toEqual([]);
    expect(result.rows.map(({ line: _line, ...row }) => row)).toEqual(units);
  });

  it('writes codes as text and counts as numbers', async () => {
    const workbook = await load(await writeOrgUnitExport({ locale, units: orgUnitRows(3) }));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A3').value).toBe('330199101000');
    expect(sheet.getCell('C3').value).toBe('330199000000');
    expect(sheet.getCell('D3').value).toBe(2);
    expect(sheet.getCell('E3').value).toBe(30001);
    expect(sheet.getCell('C2').value).toBeNull();
  });
});
