// The case list as an XLSX file, with the filters of the list it was asked from: a GET carries
// them in the query string; a POST also carries an ID-number or phone search, which never goes
// into a URL. Names are masked by the API, since the file leaves the system.
import { data } from 'react-router';
import { filterInput, isPersonalNumberSearch, readFilters } from '../lib/case-filters.ts';
import { fileResponse } from '../lib/file-response.server.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import type { Route } from './+types/t.$tenantSlug.cases.export';

async function exportFile(
  args: Route.LoaderArgs | Route.ActionArgs,
  query: URLSearchParams,
  search?: string,
) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const filters = readFilters(query);
  const file = await guard(
    caller.case.export({
      tenantSlug,
      ...filterInput(filters),
      ...(search ? { search } : {}),
      sort: filters.sort ?? 'registered_desc',
    }),
  );
  return fileResponse(file);
}

export async function loader(args: Route.LoaderArgs) {
  return exportFile(args, new URL(args.request.url).searchParams);
}

export async function action(args: Route.ActionArgs) {
  const form = await args.request.formData();
  const search = String(form.get('q') ?? '').trim();
  if (search && !isPersonalNumberSearch(search)) throw data(null, { status: 400 });
  const query = new URLSearchParams(String(form.get('filters') ?? ''));
  return exportFile(args, query, search || undefined);
}
