// The import page's script posts the file here to watch the upload's progress; the answer is
// the same outcome the page's own form post renders, as JSON.
import { localeFromRequest } from '../lib/locale.server.ts';
import { importOrgUnitFile, oversizedUpload } from '../lib/org-unit-import.server.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import type { Route } from './+types/t.$tenantSlug.units.import.upload';

export async function action(args: Route.ActionArgs) {
  const { app, caller, tenantSlug } = await tenantRoute(args);
  const tooLarge = oversizedUpload(args.request);
  if (tooLarge) return Response.json(tooLarge.outcome, { status: tooLarge.status });
  const form = await args.request.formData();
  const { outcome, status } = await importOrgUnitFile(app, caller, {
    tenantSlug,
    file: form.get('file'),
    locale: await localeFromRequest(args.request),
  });
  return Response.json(outcome, { status, headers: { 'Cache-Control': 'no-store' } });
}
