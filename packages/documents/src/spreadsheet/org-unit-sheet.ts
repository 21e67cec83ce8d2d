// The org-unit data sheet shared by the template and the export, so what one writes the reader
// takes back: the headers of org-unit-sheet-labels.ts, code columns stored as text.
import type ExcelJS from 'exceljs';
import type { OrgUnitTier } from './org-unit-rules.ts';
import {
  ORG_UNIT_FIELDS,
  ORG_UNIT_HEADERS,
  ORG_UNIT_SHEET_TEXT,
  type OrgUnitField,
  type SpreadsheetLocale,
} from './org-unit-sheet-labels.ts';

export interface OrgUnitSheetRow {
  divisionCode: string;
  name: string;
  parentCode: string | null;
  tier: OrgUnitTier;
  population: number | null;
  households: number | null;
}

const WIDTHS: Record<OrgUnitField, number> = {
  divisionCode: 20,
  name: 28,
  parentCode: 20,
  tier: 8,
  population: 12,
  households: 12,
};

/** Text format: Excel would otherwise show a 12-digit code as 3.30199E+11 and lose digits. */
const TEXT_FORMAT = '@';
const CODE_FIELDS: readonly OrgUnitField[] = ['divisionCode', 'parentCode'];

export function addOrgUnitSheet(
  workbook: ExcelJS.Workbook,
  locale: SpreadsheetLocale,
  rows: readonly OrgUnitSheetRow[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(ORG_UNIT_SHEET_TEXT[locale].dataSheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = ORG_UNIT_FIELDS.map((field) => ({
    header: ORG_UNIT_HEADERS[locale][field],
    key: field,
    width: WIDTHS[field],
    style: CODE_FIELDS.includes(field) ? { numFmt: TEXT_FORMAT } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow({
      divisionCode: row.divisionCode,
      name: row.name,
      parentCode: row.parentCode,
      tier: row.tier,
      population: row.population,
      households: row.households,
    });
  }
  return sheet;
}
