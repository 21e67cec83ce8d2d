// The centre's queue (案件): every case of the tenant, filtered, searched, sorted and paged.
import { type CaseListData, CaseListPage } from '../components/case-list-page.tsx';
import { ChildErrorBoundary } from '../components/page.tsx';
import {
  type CaseListSearchResult,
  caseListSearch,
  loadCaseList,
} from '../lib/case-list.server.ts';
import type { Route } from './+types/t.$tenantSlug.cases._index';

export async function loader(args: Route.LoaderArgs) {
  return loadCaseList(args, { mine: false });
}

export async function action(args: Route.ActionArgs) {
  return caseListSearch(args, { mine: false });
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
