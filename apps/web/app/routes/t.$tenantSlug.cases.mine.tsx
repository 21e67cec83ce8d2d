// My cases (我的案件): those the signed-in person is responsible for or mediates, due first.
import { type CaseListData, CaseListPage } from '../components/case-list-page.tsx';
import { ChildErrorBoundary } from '../components/page.tsx';
import { appContext } from '../context.server.ts';
import {
  type CaseListSearchResult,
  caseListSearch,
  loadCaseList,
} from '../lib/case-list.server.ts';
import type { Route } from './+types/t.$tenantSlug.cases.mine';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadCaseList(request, context.get(appContext), {
    tenantSlug: params.tenantSlug,
    mine: true,
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return caseListSearch(request, context.get(appContext), {
    tenantSlug: params.tenantSlug,
    mine: true,
  });
}

export default function MyCases({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <CaseListPage
      data={loaderData as CaseListData}
      searchResult={actionData as CaseListSearchResult | undefined}
      mine
    />
  );
}

export const ErrorBoundary = ChildErrorBoundary;
