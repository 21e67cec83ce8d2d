// Generated org-unit files for the reader tests: a fictional county with real-shaped codes.
import ExcelJS from 'exceljs';
import type { OrgUnitSheetRow } from '../spreadsheet/org-unit-sheet.ts';

export const COUNTY_CODE = '330199000000';

/**
 * `count` valid rows: the county, 5 towns, 10 villages per town, then resident units spread
 * over the villages. Parents always come before their children.
 */
export function orgUnitRows(count: number): OrgUnitSheetRow[] {
  const rows: OrgUnitSheetRow[] = [
    {
      divisionCode: COUNTY_CODE,
      name: '清溪县',
      parentCode: null,
      tier: 1,
      population: 412000,
      households: 133000,
    },
  ];
  const villages: string[] = [];
  for (let town = 1; town <= 5; town++) {
    const townCode = `330199${100 + town}000`;
    rows.push({
      divisionCode: townCode,
      name: `第${town}镇`,
      parentCode: COUNTY_CODE,
      tier: 2,
      population: 30000 + town,
      households: 9000 + town,
    });
    for (let village = 1; village <= 10; village++) {
      const villageCode = `${townCode.slice(0, 9)}${String(village).padStart(3, '0')}`;
      villages.push(villageCode);
      rows.push({
        divisionCode: villageCode,
        name: `第${town}镇第${village}村`,
        parentCode: townCode,
        tier: 3,
        population: 2000 + village,
        households: 600 + village,
      });
    }
  }
  for (let index = 0; rows.length < count; index++) {
    const villageCode = villages[index % villages.length]!;
    const suffix = Math.floor(index / villages.length) + 1;
    rows.push({
      divisionCode: `${villageCode}${String(suffix).padStart(3, '0')}`,
      name: `${suffix}组`,
      parentCode: villageCode,
      tier: 4,
      population: null,
      households: index % 2 === 0 ? 15 : null,
    });
  }
  return rows.slice(0, count);
}

export type RawRow = Record<string, string | number | null>;

export function toRawRows(rows: readonly OrgUnitSheetRow[], headers: string[]): RawRow[] {
  return rows.map((row) => {
    const values = [
      row.divisionCode,
      row.name,
      row.parentCode,
      row.tier,
      row.population,
      row.households,
    ];
    return Object.fromEntries(headers.map((header, index) => [header, values[index] ?? null]));
  });
}

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(headers: string[], rows: readonly RawRow[]): string {
  return [headers, ...rows.map((row) => headers.map((header) => row[header] ?? null))]
    .map((cells) => cells.map(csvField).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** An XLSX with codes as numbers where they look like numbers, as a hand-made sheet has them. */
export async function toXlsx(headers: string[], rows: readonly RawRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(headers);
  for (const row of rows) {
    sheet.addRow(
      headers.map((header) => {
        const value = row[header] ?? null;
        return typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value;
      }),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
