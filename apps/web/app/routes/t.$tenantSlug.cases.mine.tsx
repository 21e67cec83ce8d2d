// My cases (我的案件): those the signed-in person is responsible for or mediates, due first.
import { type CaseListData, CaseListPage } from '../components/case-list-page.tsx';
import { ChildErrorBoundary } from '../components/page.tsx';
import {
  type CaseListSearchResult,
  caseListSearch,
  loadCaseList,
} from '../lib/case-list.server.ts';
import type { Route } from './+types/t.$tenantSlug.cases.mine';

export async function loader(args: Route.LoaderArgs) {
  return loadCaseList(args, { mine: true });
}

export async function action(args: Route.ActionArgs) {
  return caseListSearch(args, { mine: true });
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
