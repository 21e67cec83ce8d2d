// The import template (XLSX) in Chinese or English: headers, an example row, instructions.
import { writeOrgUnitTemplate } from '@concord/documents/spreadsheet/write-org-unit-template';
import { isLocale } from '@concord/i18n';
import { attachmentDisposition, XLSX_TYPE } from '../lib/content-disposition.ts';
import { localeFromRequest } from '../lib/locale.server.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import type { Route } from './+types/t.$tenantSlug.units.template';

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  await guard(caller.tenant.current({ tenantSlug }));
  const requested = new URL(args.request.url).searchParams.get('locale');
  const locale = isLocale(requested) ? requested : await localeFromRequest(args.request);
  const bytes = await writeOrgUnitTemplate({ locale });
  const [name, ascii] =
    locale === 'zh-CN'
      ? ['组织单位导入模板.xlsx', 'org-units-template-zh.xlsx']
      : ['org-units-template.xlsx', 'org-units-template.xlsx'];
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': attachmentDisposition(name, ascii),
      'Cache-Control': 'private, no-store',
    },
  });
}
