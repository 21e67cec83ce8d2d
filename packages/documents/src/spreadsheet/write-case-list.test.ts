import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type TableColumn, writeTableXlsx } from './write-case-list.ts';

const columns: TableColumn[] = [
  { header: '案件编号', key: 'number', kind: 'text', width: 24 },
  { header: '受理日期', key: 'receivedAt', kind: 'date' },
  { header: '约定履行日', key: 'performBy', kind: 'date' },
  { header: '当事人数', key: 'partyCount', kind: 'number' },
  { header: '涉及金额（元）', key: 'amount', kind: 'money' },
];

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0]!;
}

describe('writeTableXlsx', () => {
  it('writes a frozen bold header with an auto filter and typed cells', async () => {
    const bytes = await writeTableXlsx({
      sheetName: '案件列表',
      columns,
      rows: [
        {
          number: '（2026）城关调字第0001号',
          // 23:30 on 24 November UTC is 07:30 on 25 November in China.
          receivedAt: new Date('2026-11-24T23:30:00Z'),
          performBy: '2026-12-10',
          partyCount: 2,
          amount: '2350.5',
        },
        { number: '=HYPERLINK("x")', receivedAt: null, partyCount: '3', amount: 1800 },
      ],
    });
    const sheet = await readBack(bytes);
    expect(sheet.name).toBe('案件列表');
    expect(sheet.getRow(1).values).toEqual([undefined, ...columns.map((column) => column.header)]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:E3');
    expect(sheet.getColumn(1).width).toBe(24);
    expect(sheet.getColumn(2).width).toBe(12);

    const received = sheet.getCell('B2');
    expect(received.value).toEqual(new Date('2026-11-25T07:30:00Z'));
    expect(received.numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('C2').value).toEqual(new Date('2026-12-10T00:00:00Z'));
    expect(sheet.getCell('D2').value).toBe(2);
    expect(sheet.getCell('E2').value).toBe(2350.5);
    expect(sheet.getCell('E2').numFmt).toBe('#,##0.00');

    // Text that looks like a formula stays text; blanks stay blank; numeric strings become numbers.
    expect(sheet.getCell('A3').value).toBe('=HYPERLINK("x")');
    expect(sheet.getCell('B3').value).toBeNull();
    expect(sheet.getCell('D3').value).toBe(3);
    expect(sheet.getCell('E3').value).toBe(1800);
  });

  it('makes any sheet name acceptable to Excel', async () => {
    const sheet = await readBack(
      await writeTableXlsx({
        sheetName: '城关镇/2026年[11月]案件列表：已办结、未办结、督办中',
        columns,
        rows: [],
      }),
    );
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    expect(sheet.name).not.toMatch(/[:\\/?*[\]]/);
  });

  it('refuses a value of the wrong kind', async () => {
    await expect(
      writeTableXlsx({ sheetName: 'x', columns, rows: [{ amount: 'lots' }] }),
    ).rejects.toThrow(/amount/);
    await expect(
      writeTableXlsx({ sheetName: 'x', columns, rows: [{ receivedAt: 'yesterday' }] }),
    ).rejects.toThrow(/not a date/);
  });
});
