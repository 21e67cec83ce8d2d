import type ExcelJS from 'exceljs';

/** An .xlsx file's bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  // exceljs returns a Node Buffer behind an ArrayBuffer-shaped type; copy it into plain bytes.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
