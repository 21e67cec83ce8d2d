// Loader and action of the two case lists (the centre's queue and "my cases"): the filters from
// the query string, the choices the filter bar offers, and the search box. A search for an ID
// number or a mobile number is posted and answered in the response only: it never reaches a URL,
// a link someone forwards, or a server log.
import { data, redirect } from 'react-router';
import { readApiError, tenantErrorResponse } from './api-errors.server.ts';
import {
  type CaseFilters,
  type CaseListSort,
  filterInput,
  isPersonalNumberSearch,
  readFilters,
  writeFilters,
} from './case-filters.ts';
import type { CaseList } from './case-types.ts';
import { type PlaceGroup, placeGroups } from './places.ts';
import { type TenantRouteArgs, tenantRoute } from './tenant.server.ts';
import type { Tiers } from './tiers.ts';

export const PAGE_SIZE = 20;
/** An ID-number or phone search finds a handful of cases: one page holds them. */
const PERSONAL_SEARCH_PAGE_SIZE = 100;

type Caller = Awaited<ReturnType<typeof tenantRoute>>['caller'];
type List = CaseList;

/** Roles whose holders may be made responsible for a case (those that work cases). */
const handlerRoles = new Set(['county_admin', 'town_admin', 'intake_officer', 'mediator']);

export async function loadFilterChoices(
  caller: Caller,
  tenantSlug: string,
  kind: 'county' | 'town',
) {
  const [categories, tree, members, tiers, towns] = await Promise.all([
    caller.category.list({ tenantSlug }),
    caller.orgUnit.tree({ tenantSlug }),
    caller.member.list({ tenantSlug }),
    caller.settings.get({ tenantSlug, key: 'tiers' }),
    kind === 'county' ? caller.tenant.listTowns({ tenantSlug }) : Promise.resolve([]),
  ]);
  const people = new Map<string, string>();
  for (const member of members)
    if (handlerRoles.has(member.role)) people.set(member.userId, member.displayName);
  return {
    categories: categories.map((category) => ({
      id: category.id,
      name: category.name,
      retired: category.retiredAt !== null,
    })),
    places: placeGroups(tree.units, kind) satisfies PlaceGroup[],
    people: [...people].map(([id, name]) => ({ id, name })),
    tiers: tiers.value as Tiers,
    towns: towns.map((town) => ({ id: town.id, name: town.name })),
  };
}

async function runList(
  caller: Caller,
  options: {
    tenantSlug: string;
    mine: boolean;
    filters: CaseFilters;
    sort: CaseListSort;
    page: number;
    pageSize: number;
  },
): Promise<List> {
  const input = {
    tenantSlug: options.tenantSlug,
    ...filterInput(options.filters),
    sort: options.sort,
    page: options.page,
    pageSize: options.pageSize,
  };
  return options.mine
    ? caller.case.listMine({ ...input, includeFinished: options.filters.includeFinished })
    : caller.case.list(input);
}

export async function loadCaseList(args: TenantRouteArgs, { mine }: { mine: boolean }) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const current = await guard(caller.tenant.current({ tenantSlug }));
  const filters = readFilters(new URL(args.request.url).searchParams);
  const sort = filters.sort ?? (mine ? 'due_asc' : 'registered_desc');
  const [list, choices] = await Promise.all([
    guard(
      runList(caller, { tenantSlug, mine, filters, sort, page: filters.page, pageSize: PAGE_SIZE }),
    ),
    guard(loadFilterChoices(caller, tenantSlug, current.tenant.kind)),
  ]);
  return { filters, sort, list, choices };
}

export type CaseListSearchResult =
  | { intent: 'search'; personal: true; search: string; list: List }
  | { intent: 'search'; personal: true; search: string; invalid: true };

/**
 * The search box posts here. A case number or a name goes into the URL (redirect, so the result
 * is a link like any filter); an ID number or phone is searched right away and only answered.
 */
export async function caseListSearch(args: TenantRouteArgs, { mine }: { mine: boolean }) {
  const { app, caller, tenantSlug } = await tenantRoute(args);
  const form = await args.request.formData();
  const search = String(form.get('q') ?? '')
    .trim()
    .slice(0, 60);
  const filters = readFilters(new URLSearchParams(String(form.get('filters') ?? '')));
  // Not the request's own path: a client-side post goes to the route's `.data` URL.
  const path = `/t/${tenantSlug}/cases${mine ? '/mine' : ''}`;
  if (!isPersonalNumberSearch(search)) {
    const query = writeFilters({ ...filters, search: search || undefined, page: 1 }).toString();
    return redirect(query ? `${path}?${query}` : path);
  }
  try {
    const list = await runList(caller, {
      tenantSlug,
      mine,
      filters: { ...filters, search },
      sort: filters.sort ?? (mine ? 'due_asc' : 'registered_desc'),
      page: 1,
      pageSize: PERSONAL_SEARCH_PAGE_SIZE,
    });
    return { intent: 'search', personal: true, search, list } satisfies CaseListSearchResult;
  } catch (error) {
    if (readApiError(error)?.code === 'VALIDATION')
      return data<CaseListSearchResult>(
        { intent: 'search', personal: true, search, invalid: true },
        { status: 400 },
      );
    throw tenantErrorResponse(args.request, app, error);
  }
}
