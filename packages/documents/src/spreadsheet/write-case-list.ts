// Rows → XLSX for filtered lists (cases, claims…): a frozen bold header with an auto filter,
// dates as real Excel dates in China time, money with two decimals. Headers come from the caller
// (already localised).
import ExcelJS from 'exceljs';
import { workbookBytes } from './workbook-bytes.ts';

export type TableColumnKind = 'text' | 'date' | 'number' | 'money';

export interface TableColumn {
  header: string;
  key: string;
  width?: number;
  kind: TableColumnKind;
}

/**
 * A cell's value. Dates: a Date (an instant, shown as its China calendar date) or an ISO date
 * string (YYYY-MM-DD, taken as is); money and numbers: a number or a decimal string.
 */
export type TableCell = string | number | Date | null | undefined;

export interface WriteTableXlsxInput {
  sheetName: string;
  columns: readonly TableColumn[];
  rows: readonly Readonly<Record<string, TableCell>>[];
}

const DEFAULT_WIDTHS: Record<TableColumnKind, number> = {
  text: 20,
  date: 12,
  number: 10,
  money: 14,
};
const FORMATS: Partial<Record<TableColumnKind, string>> = {
  date: 'yyyy-mm-dd',
  money: '#,##0.00',
};
const CHINA_OFFSET_MS = 8 * 3600 * 1000;
/** Excel refuses longer cell texts. */
const MAX_CELL_TEXT = 32_767;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Excel dates have no time zone: store the wall-clock time in China as if it were UTC. */
function excelDate(value: Date | string): Date {
  if (typeof value === 'string' && ISO_DATE.test(value)) return new Date(`${value}T00:00:00Z`);
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) throw new TypeError(`not a date: ${String(value)}`);
  return new Date(instant.getTime() + CHINA_OFFSET_MS);
}

function excelNumber(value: string | number, column: TableColumn): number {
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number) || (typeof value === 'string' && value.trim() === '')) {
    throw new TypeError(`column ${column.key}: not a number: ${value}`);
  }
  return number;
}

function cellValue(value: TableCell, column: TableColumn): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  switch (column.kind) {
    case 'date':
      if (typeof value === 'number') throw new TypeError(`column ${column.key}: not a date`);
      return excelDate(value);
    case 'number':
    case 'money':
      if (value instanceof Date) throw new TypeError(`column ${column.key}: not a number`);
      return excelNumber(value, column);
    case 'text':
      return (value instanceof Date ? value.toISOString() : String(value)).slice(0, MAX_CELL_TEXT);
  }
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return (
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet1'
  );
}

export async function writeTableXlsx(input: WriteTableXlsxInput): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName(input.sheetName), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = input.columns.map((column) => {
    const numFmt = FORMATS[column.kind];
    return {
      header: column.header,
      key: column.key,
      width: column.width ?? DEFAULT_WIDTHS[column.kind],
      style: numFmt ? { numFmt } : {},
    };
  });
  sheet.getRow(1).font = { bold: true };
  for (const row of input.rows) {
    sheet.addRow(
      Object.fromEntries(
        input.columns.map((column) => [column.key, cellValue(row[column.key], column)]),
      ),
    );
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1 + input.rows.length, column: Math.max(1, input.columns.length) },
  };
  return workbookBytes(workbook);
}
