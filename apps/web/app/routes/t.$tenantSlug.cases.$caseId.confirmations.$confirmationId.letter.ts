// The transfer letter (移送函) that went to the court with a judicial-confirmation application,
// as issued: shown in the browser to print, or downloaded with ?download=1.
import { data } from 'react-router';
import { fileResponse } from '../lib/file-response.server.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import type { Route } from './+types/t.$tenantSlug.cases.$caseId.confirmations.$confirmationId.letter';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loader(args: Route.LoaderArgs) {
  const { confirmationId, caseId } = args.params;
  if (!UUID.test(confirmationId) || !UUID.test(caseId)) throw data(null, { status: 404 });
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const file = await guard(caller.judicialConfirmation.letterPdf({ tenantSlug, confirmationId }));
  if (file.caseId !== caseId) throw data(null, { status: 404 });
  const download = new URL(args.request.url).searchParams.get('download') === '1';
  return fileResponse(file, { disposition: download ? 'attachment' : 'inline' });
}
