import ExcelJS from 'exceljs';
import { addOrgUnitSheet, type OrgUnitSheetRow } from './org-unit-sheet.ts';
import type { SpreadsheetLocale } from './org-unit-sheet-labels.ts';
import { workbookBytes } from './workbook-bytes.ts';

/** The county's org units in the import format, so an export can be edited and imported back. */
export async function writeOrgUnitExport(input: {
  locale: SpreadsheetLocale;
  units: readonly OrgUnitSheetRow[];
}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addOrgUnitSheet(workbook, input.locale, input.units);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };
  return workbookBytes(workbook);
}
