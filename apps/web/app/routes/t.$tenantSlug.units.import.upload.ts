// The import page's script posts the file here to watch the upload's progress; the answer is
// the same outcome the page's own form post renders, as JSON.
import { appContext } from '../context.server.ts';
import { localeFromRequest } from '../lib/locale.server.ts';
import { importOrgUnitFile, oversizedUpload } from '../lib/org-unit-import.server.ts';
import { tenantRequest } from '../lib/tenant.server.ts';
import type { Route } from './+types/t.$tenantSlug.units.import.upload';

export async function action({ request, context, params }: Route.ActionArgs) {
  const app = context.get(appContext);
  const { caller } = await tenantRequest(request, app);
  const tooLarge = oversizedUpload(request);
  if (tooLarge) return Response.json(tooLarge.outcome, { status: tooLarge.status });
  const form = await request.formData();
  const { outcome, status } = await importOrgUnitFile(app, caller, {
    tenantSlug: params.tenantSlug,
    file: form.get('file'),
    locale: await localeFromRequest(request),
  });
  return Response.json(outcome, { status, headers: { 'Cache-Control': 'no-store' } });
}
