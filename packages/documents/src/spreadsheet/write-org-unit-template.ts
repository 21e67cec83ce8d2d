import ExcelJS from 'exceljs';
import { addOrgUnitSheet, type OrgUnitSheetRow } from './org-unit-sheet.ts';
import { ORG_UNIT_SHEET_TEXT, type SpreadsheetLocale } from './org-unit-sheet-labels.ts';
import { workbookBytes } from './workbook-bytes.ts';

// A village under the demo county's first town: real-shaped codes the user can copy the form of.
const EXAMPLE: Record<SpreadsheetLocale, OrgUnitSheetRow> = {
  'zh-CN': {
    divisionCode: '330199100001',
    name: '东街社区',
    parentCode: '330199100000',
    tier: 3,
    population: 4820,
    households: 1555,
  },
  en: {
    divisionCode: '330199100001',
    name: 'Dongjie Community',
    parentCode: '330199100000',
    tier: 3,
    population: 4820,
    households: 1555,
  },
};

/** The downloadable import template: headers, one example row, and an instructions sheet. */
export async function writeOrgUnitTemplate(input: {
  locale: SpreadsheetLocale;
}): Promise<Uint8Array> {
  const text = ORG_UNIT_SHEET_TEXT[input.locale];
  const workbook = new ExcelJS.Workbook();
  const sheet = addOrgUnitSheet(workbook, input.locale, [EXAMPLE[input.locale]]);
  // Grey italics mark the example as something to replace.
  sheet.getRow(2).font = { italic: true, color: { argb: 'FF808080' } };

  const instructions = workbook.addWorksheet(text.instructionsSheet);
  instructions.getColumn(1).width = 110;
  text.instructions.forEach((line, index) => {
    const cell = instructions.getCell(index + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (index === 0) cell.font = { bold: true, size: 13 };
  });
  return workbookBytes(workbook);
}
