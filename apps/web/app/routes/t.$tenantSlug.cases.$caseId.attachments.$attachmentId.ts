// A case's attachment, to the signed-in person who may read the case (the API finds it under
// row-level security, checks its hash and records the download in the audit log). Always a
// download, never shown inline: an uploaded file is not trusted to render in our origin.
import { data } from 'react-router';
import { fileResponse } from '../lib/file-response.server.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import type { Route } from './+types/t.$tenantSlug.cases.$caseId.attachments.$attachmentId';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loader(args: Route.LoaderArgs) {
  const { attachmentId, caseId } = args.params;
  if (!UUID.test(attachmentId) || !UUID.test(caseId)) throw data(null, { status: 404 });
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const file = await guard(caller.attachment.download({ tenantSlug, attachmentId }));
  if (file.caseId !== caseId) throw data(null, { status: 404 });
  return fileResponse(file, { disposition: 'attachment' });
}
