import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../testing/gb18030.ts';
import {
  orgUnitRows,
  type RawRow,
  toCsv,
  toRawRows,
  toXlsx,
} from '../testing/org-unit-fixtures.ts';
import { ORG_UNIT_FIELDS, ORG_UNIT_HEADERS } from './org-unit-sheet-labels.ts';
import { readOrgUnitFile } from './read-org-unit-file.ts';

const zh = ORG_UNIT_FIELDS.map((field) => ORG_UNIT_HEADERS['zh-CN'][field]);
const en = ORG_UNIT_FIELDS.map((field) => ORG_UNIT_HEADERS.en[field]);
const utf8 = (text: string) => new TextEncoder().encode(text);

/** 1,000 rows of which data rows 100, 500 and 900 (lines 102, 502, 902) are wrong. */
function thousandRowsWithThreeBad(headers: string[]): RawRow[] {
  const [code, , parent, , population] = headers as [string, string, string, string, string];
  const rows = toRawRows(orgUnitRows(1000), headers);
  rows[100] = { ...rows[100]!, [code]: String(rows[100]![code]).slice(0, 14) };
  rows[500] = { ...rows[500]!, [code]: '330199105011001', [parent]: '330199105011' };
  rows[900] = { ...rows[900]!, [population]: 'abc' };
  return rows;
}

const expectedThreeErrors = (headers: string[]) => [
  { line: 102, column: headers[0], code: 'DIVISION_CODE_SHAPE', value: expect.any(String) },
  { line: 502, column: headers[2], code: 'PARENT_NOT_FOUND', value: '330199105011' },
  { line: 902, column: headers[4], code: 'NUMBER_INVALID', value: 'abc' },
];

describe('readOrgUnitFile', () => {
  it('reports exactly the 3 bad rows of a 1,000-row CSV', async () => {
    const result = await readOrgUnitFile(utf8(toCsv(zh, thousandRowsWithThreeBad(zh))));
    expect(result.errors).toEqual(expectedThreeErrors(zh));
    expect(result.rows).toHaveLength(997);
  });

  it('reports exactly the 3 bad rows of a 1,000-row XLSX', async () => {
    const result = await readOrgUnitFile(await toXlsx(zh, thousandRowsWithThreeBad(zh)));
    expect(result.errors).toEqual(expectedThreeErrors(zh));
    expect(result.rows).toHaveLength(997);
  });

  it('reads an XLSX with English headers, codes stored as numbers', async () => {
    const expected = orgUnitRows(120);
    const result = await readOrgUnitFile(await toXlsx(en, toRawRows(expected, en)));
    expect(result.errors).toEqual([]);
    expect(result.rows.map(({ line: _line, ...row }) => row)).toEqual(expected);
    expect(result.rows[0]?.line).toBe(2);
  });

  it('takes English headers however they are cased or spaced, and reports in English', async () => {
    const csv = 'DIVISION_CODE,name,parentCode,  Population \r\n330199000000,清溪县,,100\r\n';
    const result = await readOrgUnitFile(utf8(csv));
    expect(result.errors).toEqual([{ line: 1, column: 'Tier', code: 'MISSING_HEADER' }]);
  });

  it('decodes a GB18030 CSV saved by Chinese Excel', async () => {
    const csv = toCsv(zh, toRawRows(orgUnitRows(60), zh));
    const bytes = encodeGb18030(csv);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = await readOrgUnitFile(bytes);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.name).toBe('清溪县');
    expect(result.rows[13]?.name).toBe('第2镇第1村');
    expect(result.rows).toHaveLength(60);
  });

  it('decodes a UTF-8 CSV with a BOM', async () => {
    const csv = `\ufeff${toCsv(zh, toRawRows(orgUnitRows(10), zh))}`;
    const result = await readOrgUnitFile(utf8(csv));
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ divisionCode: '330199000000', name: '清溪县' });
  });

  it('decodes tab-separated UTF-16 ("Unicode text" from Excel)', async () => {
    const text = `${zh.join('\t')}\r\n330199000000\t清溪县\t\t1\t\t\r\n`;
    const body = new Uint8Array(Buffer.from(text, 'utf16le'));
    const result = await readOrgUnitFile(new Uint8Array([0xff, 0xfe, ...body]));
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        divisionCode: '330199000000',
        name: '清溪县',
        parentCode: null,
        tier: 1,
        population: null,
        households: null,
      },
    ]);
  });

  it('counts a quoted multi-line field as one spreadsheet row', async () => {
    const csv = [
      zh.join(','),
      '330199000000,"清溪县, ""老县城""",,1,,',
      '330199100000,"城关镇\n（原城关公社）",330199000000,2,"12,000",',
      '330199100001,东街社区,330199100000,3,abc,',
    ].join('\n');
    const result = await readOrgUnitFile(utf8(csv));
    expect(result.rows.map((row) => [row.line, row.name, row.population])).toEqual([
      [2, '清溪县, "老县城"', null],
      [3, '城关镇\n（原城关公社）', 12000],
    ]);
    expect(result.errors).toEqual([
      { line: 4, column: '人口', code: 'NUMBER_INVALID', value: 'abc' },
    ]);
  });

  it('works without the optional columns and ignores blank rows', async () => {
    const csv =
      '区划代码,名称,上级代码,层级\n\n330199000000,清溪县,,1\n,,,\n330199100000,城关镇,330199000000,2\n';
    const result = await readOrgUnitFile(utf8(csv));
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => row.line)).toEqual([3, 5]);
  });

  it('reads full-width digits in codes and numbers but keeps names as written', async () => {
    const csv =
      '区划代码,名称,上级代码,层级,人口\n３３０１９９００００００,清溪县（新）,,１,１２０\n';
    const result = await readOrgUnitFile(utf8(csv));
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      divisionCode: '330199000000',
      name: '清溪县（新）',
      tier: 1,
      population: 120,
    });
  });

  it('checks parents against existing units', async () => {
    const csv = '区划代码,名称,上级代码,层级\n330199100001001,一组,330199100001,4\n';
    expect((await readOrgUnitFile(utf8(csv))).errors).toEqual([
      { line: 2, column: '上级代码', code: 'PARENT_NOT_FOUND', value: '330199100001' },
    ]);
    const existing = new Map([['330199100001', { tier: 3 }]]);
    const result = await readOrgUnitFile(utf8(csv), { existing });
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(1);
  });

  it('rejects unknown, repeated and missing headers before looking at rows', async () => {
    const csv = '区划代码,名称,备注,名称\n330199000000,清溪县,,\n';
    expect((await readOrgUnitFile(utf8(csv))).errors).toEqual([
      { line: 1, column: '备注', code: 'UNKNOWN_HEADER', value: '备注' },
      { line: 1, column: '名称', code: 'DUPLICATE_HEADER', value: '名称' },
      { line: 1, column: '上级代码', code: 'MISSING_HEADER' },
      { line: 1, column: '层级', code: 'MISSING_HEADER' },
    ]);
  });

  it('stops at the row limit', async () => {
    const csv = toCsv(zh, toRawRows(orgUnitRows(60), zh));
    expect(await readOrgUnitFile(utf8(csv), { maxRows: 50 })).toEqual({
      rows: [],
      errors: [{ line: 52, column: '', code: 'TOO_MANY_ROWS', value: '50' }],
    });
    expect((await readOrgUnitFile(utf8(csv), { maxRows: 60 })).rows).toHaveLength(60);
  });

  it.each([
    ['an empty file', new Uint8Array()],
    ['a binary file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['a broken zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])],
  ])('calls %s unreadable', async (_name, bytes) => {
    expect(await readOrgUnitFile(bytes)).toEqual({
      rows: [],
      errors: [{ line: 0, column: '', code: 'FILE_UNREADABLE' }],
    });
  });

  it('parses a 10,000-row XLSX', async () => {
    const expected = orgUnitRows(10_000);
    const result = await readOrgUnitFile(await toXlsx(zh, toRawRows(expected, zh)));
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(10_000);
    expect(result.rows.at(-1)).toEqual({ line: 10_001, ...expected.at(-1) });
  });
});
