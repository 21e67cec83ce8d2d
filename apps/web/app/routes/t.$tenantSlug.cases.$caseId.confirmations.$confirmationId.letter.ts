// The transfer letter (移送函) that went to the court with a judicial-confirmation application,
// as issued: shown in the browser to print, or downloaded with ?download=1.
import { data } from 'react-router';
import { appContext } from '../context.server.ts';
import { fileResponse } from '../lib/file-response.server.ts';
import { tenantRequest } from '../lib/tenant.server.ts';
import type { Route } from './+types/t.$tenantSlug.cases.$caseId.confirmations.$confirmationId.letter';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  if (!UUID.test(params.confirmationId) || !UUID.test(params.caseId))
    throw data(null, { status: 404 });
  const { caller, guard } = await tenantRequest(request, context.get(appContext));
  const file = await guard(
    caller.judicialConfirmation.letterPdf({
      tenantSlug: params.tenantSlug,
      confirmationId: params.confirmationId,
    }),
  );
  if (file.caseId !== params.caseId) throw data(null, { status: 404 });
  const download = new URL(request.url).searchParams.get('download') === '1';
  return fileResponse(file, { disposition: download ? 'attachment' : 'inline' });
}
