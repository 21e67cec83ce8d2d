// The centre's queue (案件): every case of the tenant, filtered, searched, sorted and paged.
import { type CaseListData, CaseListPage } from '../components/case-list-page.tsx';
import { ChildErrorBoundary } from '../components/page.tsx';
import { appContext } from '../context.server.ts';
import {
  type CaseListSearchResult,
  caseListSearch,
  loadCaseList,
} from '../lib/case-list.server.ts';
import type { Route } from './+types/t.$tenantSlug.cases._index';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadCaseList(request, context.get(appContext), {
    tenantSlug: params.tenantSlug,
    mine: false,
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return caseListSearch(request, context.get(appContext), {
    tenantSlug: params.tenantSlug,
    mine: false,
  });
}

export default function Cases({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <CaseListPage
      data={loaderData as CaseListData}
      searchResult={actionData as CaseListSearchResult | undefined}
      mine={false}
    />
  );
}

export const ErrorBoundary = ChildErrorBoundary;
