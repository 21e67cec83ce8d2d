// The agreement (调解协议书) as issued: shown in the browser to print, or downloaded with
// ?download=1. The API checks the stored bytes against their hash before handing them out.
import { data } from 'react-router';
import { fileResponse } from '../lib/file-response.server.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import type { Route } from './+types/t.$tenantSlug.cases.$caseId.agreements.$agreementId.pdf';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loader(args: Route.LoaderArgs) {
  const { agreementId, caseId } = args.params;
  if (!UUID.test(agreementId) || !UUID.test(caseId)) throw data(null, { status: 404 });
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const file = await guard(caller.agreement.pdf({ tenantSlug, agreementId }));
  // The URL names the case too: another case's agreement id is not found here.
  if (file.caseId !== caseId) throw data(null, { status: 404 });
  const download = new URL(args.request.url).searchParams.get('download') === '1';
  return fileResponse(file, { disposition: download ? 'attachment' : 'inline' });
}
