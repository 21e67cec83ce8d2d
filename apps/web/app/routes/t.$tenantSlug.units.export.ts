// The town's active units in the import format (XLSX), so a list can be edited and imported back.
import type { OrgUnitTier } from '@concord/documents/spreadsheet/org-unit-rules';
import { writeOrgUnitExport } from '@concord/documents/spreadsheet/write-org-unit-export';
import { isLocale } from '@concord/i18n';
import { attachmentDisposition, XLSX_TYPE } from '../lib/content-disposition.ts';
import { localeFromRequest } from '../lib/locale.server.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import type { Route } from './+types/t.$tenantSlug.units.export';

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const [current, tree] = await Promise.all([
    guard(caller.tenant.current({ tenantSlug })),
    guard(caller.orgUnit.tree({ tenantSlug })),
  ]);
  const requested = new URL(args.request.url).searchParams.get('locale');
  const locale = isLocale(requested) ? requested : await localeFromRequest(args.request);
  const codeOf = new Map(tree.units.map((unit) => [unit.id, unit.divisionCode]));
  // Below the town only (the import takes tiers 3 and 4), active, and with a code: the code is
  // what an import matches on, so a row without one could not come back.
  const units = tree.units
    .filter(
      (unit) =>
        unit.tierLevel >= 3 && unit.tierLevel <= 4 && !unit.retired && unit.divisionCode !== null,
    )
    .map((unit) => ({
      divisionCode: unit.divisionCode as string,
      name: unit.name,
      parentCode: (unit.parentId ? codeOf.get(unit.parentId) : null) ?? null,
      tier: unit.tierLevel as OrgUnitTier,
      population: unit.population,
      households: unit.households,
    }));
  const bytes = await writeOrgUnitExport({ locale, units });
  const date = new Date()
    .toLocaleDateString('sv', { timeZone: 'Asia/Shanghai' })
    .replaceAll('-', '');
  const name =
    locale === 'zh-CN'
      ? `${current.tenant.name}-组织单位-${date}.xlsx`
      : `${current.tenant.slug}-org-units-${date}.xlsx`;
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': attachmentDisposition(
        name,
        `${current.tenant.slug}-org-units-${date}.xlsx`,
      ),
      'Cache-Control': 'private, no-store',
    },
  });
}
