// An uploaded table (CSV in any of the usual encodings, or the first worksheet of an XLSX) as
// rows of trimmed text cells, each with the line number the user sees in their spreadsheet.
import ExcelJS from 'exceljs';
import { decodeText } from './decode-text.ts';
import { parseCsv } from './parse-csv.ts';

export interface TableRow {
  line: number;
  cells: string[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
}

function numberText(value: number): string {
  // Codes typed into a General cell come back as numbers; 15 digits stay exact in a double.
  return Number.isInteger(value) ? value.toFixed(0) : String(value);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return String(value.text);
  if ('error' in value) return value.error;
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}

async function readXlsx(bytes: Uint8Array): Promise<TableRow[] | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own ArrayBuffer-shaped Buffer; JSZip accepts any bytes.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return null;
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    // row.values is 1-based with a hole at 0.
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value).trim();
    });
    rows.push({ line, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return rows;
}

function readCsv(bytes: Uint8Array): TableRow[] | null {
  const text = decodeText(bytes);
  if (text === null) return null;
  return parseCsv(text).map((cells, index) => ({
    line: index + 1,
    cells: cells.map((cell) => cell.trim()),
  }));
}

/** Rows in order, blank rows left out; null when the bytes are neither XLSX nor readable text. */
export async function readTableFile(bytes: Uint8Array): Promise<TableRow[] | null> {
  const rows = isZip(bytes) ? await readXlsx(bytes) : readCsv(bytes);
  return rows?.filter((row) => row.cells.some((cell) => cell !== '')) ?? null;
}
