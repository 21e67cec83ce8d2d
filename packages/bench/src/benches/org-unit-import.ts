// Issue target: a 10,000-row org-unit import (an XLSX file: read, validate, write) in under 10 s.
// Measured on the demo county's town 城关镇: 400 villages with 24 resident units each.
import { importOrgUnits } from '@concord/api/org-unit/import';
import { seedDemo } from '@concord/api/seed';
import { orgUnit, tenant } from '@concord/db/schema';
import { systemScope, withScope } from '@concord/db/scope';
import type { OrgUnitSheetRow } from '@concord/documents/spreadsheet/org-unit-sheet';
import { readOrgUnitFile } from '@concord/documents/spreadsheet/read-org-unit-file';
import { writeOrgUnitExport } from '@concord/documents/spreadsheet/write-org-unit-export';
import { and, eq } from 'drizzle-orm';
import { ms } from '../measure.ts';
import type { Bench } from './bench.ts';

const TOWN_CODE = '330199100000';
const VILLAGES = 400;
const UNITS_PER_VILLAGE = 24;

function rows(): OrgUnitSheetRow[] {
  const result: OrgUnitSheetRow[] = [];
  for (let v = 0; v < VILLAGES; v++) {
    const villageCode = `${TOWN_CODE.slice(0, 9)}${String(400 + v).padStart(3, '0')}`;
    result.push({
      divisionCode: villageCode,
      name: `测试村${v + 1}`,
      parentCode: TOWN_CODE,
      tier: 3,
      population: 1200 + v,
      households: 400 + v,
    });
    for (let u = 1; u <= UNITS_PER_VILLAGE; u++) {
      result.push({
        divisionCode: `${villageCode}${String(u).padStart(3, '0')}`,
        name: `第${u}村民小组`,
        parentCode: villageCode,
        tier: 4,
        population: 50,
        households: 16,
      });
    }
  }
  return result;
}

export const orgUnitImportBench: Bench = {
  name: 'org-unit import (10,000 rows)',
  description:
    'An XLSX file of 400 villages × 24 resident units read, validated and written in one transaction; then the same file again (idempotent re-import).',
  async run({ owner }) {
    await seedDemo(owner.db);
    const [town] = await owner.db
      .select()
      .from(tenant)
      .where(and(eq(tenant.slug, 'qingxi-chengguan')));
    if (!town) throw new Error('demo town missing');
    const file = await writeOrgUnitExport({ locale: 'zh-CN', units: rows() });
    const importOnce = async () => {
      const started = performance.now();
      const heapBefore = process.memoryUsage().heapUsed;
      const stored = await withScope(owner.db, systemScope([town.id]), (tx) =>
        tx
          .select({ code: orgUnit.divisionCode, tier: orgUnit.tierLevel })
          .from(orgUnit)
          .where(eq(orgUnit.tenantId, town.id)),
      );
      const existing = new Map(
        stored.flatMap((u) => (u.code ? [[u.code, { tier: u.tier }] as const] : [])),
      );
      const parsed = await readOrgUnitFile(file, { existing });
      if (parsed.errors.length > 0)
        throw new Error(`unexpected errors: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
      const readMs = performance.now() - started;
      const result = await withScope(owner.db, systemScope([town.id]), (tx) =>
        importOrgUnits(tx, {
          tenant: town,
          rows: parsed.rows.map((row) => ({ ...row, tierLevel: row.tier })),
          actorUserId: null,
        }),
      );
      return {
        readMs,
        totalMs: performance.now() - started,
        heapMiB: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20,
        result,
      };
    };
    const first = await importOnce();
    const second = await importOnce();
    const stored = await owner.db.$count(orgUnit, eq(orgUnit.tenantId, town.id));
    return [
      { subject: 'file size', figure: `${(file.byteLength / 1024).toFixed(0)} KiB` },
      { subject: 'first import: read and validate', figure: ms(first.readMs) },
      {
        subject: 'first import: total (read, validate, write)',
        figure: ms(first.totalMs),
        target: '< 10 s',
        met: first.totalMs < 10_000,
      },
      {
        subject: 'first import: rows created',
        figure: String(first.result.created),
        target: '10,000',
        met: first.result.created === 10_000,
      },
      {
        subject: 're-import of the same file: total',
        figure: ms(second.totalMs),
        target: '< 10 s',
        met: second.totalMs < 10_000,
      },
      {
        subject: 're-import: created / updated / unchanged',
        figure: `${second.result.created} / ${second.result.updated} / ${second.result.unchanged}`,
        target: '0 / 0 / 10,000',
        met: second.result.created === 0 && second.result.updated === 0,
      },
      { subject: 'heap growth during one import', figure: `${first.heapMiB.toFixed(0)} MiB` },
      { subject: 'units stored in the town', figure: String(stored) },
    ];
  },
};
