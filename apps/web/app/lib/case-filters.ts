// The case list's filters as they live in the query string (so every list is a link someone can
// send), read leniently — a value that makes no sense is dropped, never an error page — and
// turned into the API's list input. The same reading serves the list, "my cases" and the export.
import type { RouterInputs } from '@concord/api';
import {
  type CaseStatus,
  isCaseStatus,
  isRiskColour,
  isTierLevel,
  type RiskColour,
} from './cases.ts';
import { type IntakeChannel, isIntakeChannel } from './intake-channels.ts';

export const caseListSorts = [
  'registered_desc',
  'registered_asc',
  'due_asc',
  'updated_desc',
] as const;
export type CaseListSort = (typeof caseListSorts)[number];

export interface CaseFilters {
  statuses: CaseStatus[];
  categoryId?: string;
  source?: IntakeChannel;
  tierLevel?: 1 | 2 | 3;
  orgUnitId?: string;
  townId?: string;
  riskColour?: RiskColour;
  overdueOnly: boolean;
  registeredFrom?: string;
  registeredTo?: string;
  responsibleUserId?: string;
  /** Case number or party name; ID numbers and phones never come through the URL. */
  search?: string;
  sort?: CaseListSort;
  page: number;
  /** "My cases": also the finished ones. */
  includeFinished: boolean;
}

/** The query-string names, short and stable (they end up in bookmarks). */
export const filterParams = {
  statuses: 'status',
  categoryId: 'category',
  source: 'source',
  tierLevel: 'tier',
  orgUnitId: 'place',
  townId: 'town',
  riskColour: 'risk',
  overdueOnly: 'overdue',
  registeredFrom: 'from',
  registeredTo: 'to',
  responsibleUserId: 'responsible',
  search: 'q',
  sort: 'sort',
  page: 'page',
  includeFinished: 'finished',
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isSort(value: unknown): value is CaseListSort {
  return typeof value === 'string' && (caseListSorts as readonly string[]).includes(value);
}

/**
 * Digits that may be an ID number or a mobile number (the API matches those exactly against the
 * sealed values): such a search is posted, never put in a URL or a log.
 */
export function isPersonalNumberSearch(text: string): boolean {
  const compact = text.normalize('NFKC').replace(/[\s+-]/g, '');
  return /^\d{11,}$/.test(compact) || /^\d{17}[\dXx]$/.test(compact) || /^\d{6,}$/.test(compact);
}

export function readFilters(params: URLSearchParams): CaseFilters {
  const one = (name: string) => params.get(name)?.trim() || undefined;
  const id = (name: string) => {
    const value = one(name);
    return value && UUID.test(value) ? value.toLowerCase() : undefined;
  };
  const day = (name: string) => {
    const value = one(name);
    return value && isRealDay(value) ? value : undefined;
  };
  const tier = Number(one(filterParams.tierLevel));
  const page = Number(one(filterParams.page));
  const search = one(filterParams.search)?.slice(0, 60);
  const source = one(filterParams.source);
  const risk = one(filterParams.riskColour);
  const sort = one(filterParams.sort);
  const filters: CaseFilters = {
    statuses: [...new Set(params.getAll(filterParams.statuses).filter(isCaseStatus))],
    overdueOnly: params.get(filterParams.overdueOnly) === '1',
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    includeFinished: params.get(filterParams.includeFinished) === '1',
  };
  const categoryId = id(filterParams.categoryId);
  if (categoryId) filters.categoryId = categoryId;
  if (isIntakeChannel(source)) filters.source = source;
  if (isTierLevel(tier)) filters.tierLevel = tier;
  const orgUnitId = id(filterParams.orgUnitId);
  if (orgUnitId) filters.orgUnitId = orgUnitId;
  const townId = id(filterParams.townId);
  if (townId) filters.townId = townId;
  if (isRiskColour(risk)) filters.riskColour = risk;
  const from = day(filterParams.registeredFrom);
  if (from) filters.registeredFrom = from;
  const to = day(filterParams.registeredTo);
  if (to) filters.registeredTo = to;
  const responsible = id(filterParams.responsibleUserId);
  if (responsible) filters.responsibleUserId = responsible;
  // A personal number that reached the URL anyway (typed by hand) is not searched by link.
  if (search && !isPersonalNumberSearch(search)) filters.search = search;
  if (isSort(sort)) filters.sort = sort;
  return filters;
}

/** The query string of `filters` (page 1 and the default sort left out). */
export function writeFilters(filters: CaseFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of filters.statuses) params.append(filterParams.statuses, status);
  const set = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') params.set(name, String(value));
  };
  set(filterParams.categoryId, filters.categoryId);
  set(filterParams.source, filters.source);
  set(filterParams.tierLevel, filters.tierLevel);
  set(filterParams.orgUnitId, filters.orgUnitId);
  set(filterParams.townId, filters.townId);
  set(filterParams.riskColour, filters.riskColour);
  if (filters.overdueOnly) params.set(filterParams.overdueOnly, '1');
  set(filterParams.registeredFrom, filters.registeredFrom);
  set(filterParams.registeredTo, filters.registeredTo);
  set(filterParams.responsibleUserId, filters.responsibleUserId);
  set(filterParams.search, filters.search);
  if (filters.includeFinished) params.set(filterParams.includeFinished, '1');
  set(filterParams.sort, filters.sort);
  if (filters.page > 1) params.set(filterParams.page, String(filters.page));
  return params;
}

/** The link to the same list with some filters changed (and back to page 1 unless given). */
export function filtersHref(filters: CaseFilters, change: Partial<CaseFilters>): string {
  const query = writeFilters({ ...filters, page: 1, ...change }).toString();
  return query ? `?${query}` : '?';
}

/** Whether anything narrows the list (the empty state then says to widen it). */
export function isFiltered(filters: CaseFilters): boolean {
  return (
    filters.statuses.length > 0 ||
    Boolean(
      filters.categoryId ||
        filters.source ||
        filters.tierLevel ||
        filters.orgUnitId ||
        filters.townId ||
        filters.riskColour ||
        filters.registeredFrom ||
        filters.registeredTo ||
        filters.responsibleUserId ||
        filters.search,
    ) ||
    filters.overdueOnly
  );
}

type ListInput = Omit<RouterInputs['case']['list'], 'tenantSlug'>;

/** The API's filter input (without page and sort). */
export function filterInput(filters: CaseFilters): Omit<ListInput, 'page' | 'pageSize' | 'sort'> {
  return {
    ...(filters.statuses.length > 0 ? { statuses: filters.statuses } : {}),
    ...(filters.categoryId ? { categoryId: filters.categoryId } : {}),
    ...(filters.source ? { source: filters.source } : {}),
    ...(filters.tierLevel ? { tierLevel: filters.tierLevel } : {}),
    ...(filters.orgUnitId ? { orgUnitId: filters.orgUnitId } : {}),
    ...(filters.townId ? { townId: filters.townId } : {}),
    ...(filters.riskColour ? { riskColour: filters.riskColour } : {}),
    overdueOnly: filters.overdueOnly,
    ...(filters.registeredFrom ? { registeredFrom: filters.registeredFrom } : {}),
    ...(filters.registeredTo ? { registeredTo: filters.registeredTo } : {}),
    ...(filters.responsibleUserId ? { responsibleUserId: filters.responsibleUserId } : {}),
    ...(filters.search ? { search: filters.search } : {}),
  };
}
