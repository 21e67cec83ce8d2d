// The dense case table of the centre's queue and of "my cases": one row per case (parties by
// name; ID numbers and phones never reach a list), sortable by registration and due date through
// links, so sorting works without JavaScript.
import { formatDate } from '@concord/i18n';
import { Link } from 'react-router';
import { type CaseFilters, type CaseListSort, filtersHref } from '../lib/case-filters.ts';
import { useLocale, useT } from '../lib/i18n.ts';
import { DeadlineCell, RiskMark, StatusBadge } from './case-badges.tsx';
import { Table } from './page.tsx';

export type { CaseListRow as CaseRow } from '../lib/case-types.ts';

import type { CaseListRow as CaseRow } from '../lib/case-types.ts';

function SortHeader({
  label,
  sublabel,
  filters,
  sorts,
  current,
}: {
  label: string;
  /** The column's second line (the registration date under the case number) — what it sorts. */
  sublabel?: string;
  filters: CaseFilters;
  /** The sort a click applies, first when not sorted by this column, then the other way. */
  sorts: [CaseListSort, CaseListSort?];
  current: CaseListSort;
}) {
  const t = useT();
  const active = sorts.includes(current);
  const next = active && sorts[1] && current === sorts[0] ? sorts[1] : sorts[0];
  const direction = current.endsWith('_asc') ? 'ascending' : 'descending';
  return (
    <th scope="col" className={th} aria-sort={active ? direction : undefined}>
      {sublabel ? <span className="mr-1">{label} /</span> : null}
      <Link
        to={filtersHref(filters, { sort: next })}
        className="inline-flex items-center gap-1 hover:text-slate-900 hover:underline"
        title={t('case.list.sortBy', { column: sublabel ?? label })}
      >
        {sublabel ?? label}
        <span aria-hidden="true" className={active ? 'text-slate-900' : 'text-slate-300'}>
          {active && direction === 'ascending' ? '↑' : '↓'}
        </span>
      </Link>
    </th>
  );
}

/** Dense cells: the queue is read all day on office desktops. */
const th = 'px-2.5 py-2 text-left text-xs font-semibold whitespace-nowrap text-slate-600';
const td = 'px-2.5 py-2 align-top';

export function CaseTable({
  rows,
  filters,
  sort,
  tenantSlug,
  showTown,
  label,
  places,
}: {
  rows: CaseRow[];
  filters: CaseFilters;
  sort: CaseListSort;
  tenantSlug: string;
  showTown: boolean;
  label: string;
  /** The village a resident unit belongs to, by the unit's id (from the tier tree). */
  places: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <Table label={label}>
      <thead className="bg-slate-50">
        <tr>
          <SortHeader
            label={t('case.field.caseNumber')}
            sublabel={t('case.field.registeredAt')}
            filters={filters}
            sorts={['registered_desc', 'registered_asc']}
            current={sort}
          />
          {showTown ? (
            <th scope="col" className={th}>
              {t('case.field.town')}
            </th>
          ) : null}
          <th scope="col" className={th}>
            {t('case.field.category')}
          </th>
          <th scope="col" className={th}>
            {t('case.field.place')}
          </th>
          <th scope="col" className={th}>
            {t('case.field.parties')}
          </th>
          <th scope="col" className={th}>
            {t('case.field.status')}
            <span className="font-normal"> · {t('case.field.tier')}</span>
          </th>
          <th scope="col" className={th}>
            {t('case.field.risk')}
          </th>
          <th scope="col" className={th}>
            {t('case.field.responsible')}
          </th>
          <SortHeader
            label={t('case.field.dueDate')}
            filters={filters}
            sorts={['due_asc']}
            current={sort}
          />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="case-table">
        {rows.map((row) => {
          const village = row.orgUnitId ? places.get(row.orgUnitId) : undefined;
          return (
            <tr key={row.id} className="hover:bg-slate-50" data-case-number={row.caseNumber}>
              <td className={`${td} whitespace-nowrap`}>
                <Link
                  to={`/t/${tenantSlug}/cases/${row.id}`}
                  className="font-medium text-brand-700 underline-offset-2 hover:underline"
                >
                  {row.caseNumber}
                </Link>
                {row.urgency === 'urgent' ? (
                  <span className="ml-1 text-xs font-semibold text-slate-900">
                    {t('case.urgency.urgentShort')}
                  </span>
                ) : null}
                <span className="block text-xs text-slate-600 tabular-nums">
                  {formatDate(locale, row.registeredAt)}
                </span>
              </td>
              {showTown ? <td className={`${td} whitespace-nowrap`}>{row.tenantName}</td> : null}
              <td className={td}>{row.categoryName ?? '—'}</td>
              <td className={td}>
                {village ? (
                  <>
                    <span className="block whitespace-nowrap">{village}</span>
                    <span className="block text-xs whitespace-nowrap text-slate-600">
                      {row.orgUnitName}
                    </span>
                  </>
                ) : (
                  <span className="whitespace-nowrap">{row.orgUnitName ?? '—'}</span>
                )}
              </td>
              <td className={`${td} min-w-32`}>
                <span className="block">{row.applicants ?? '—'}</span>
                {row.respondents ? (
                  <span className="block text-xs text-slate-600">
                    {t('case.list.versus')} {row.respondents}
                  </span>
                ) : null}
              </td>
              <td className={td}>
                <StatusBadge status={row.status} />
                <span className="mt-0.5 block text-xs whitespace-nowrap text-slate-600">
                  {t(`case.tier.${row.tierLevel as 1 | 2 | 3}`)}
                  {row.supervisedAt ? ` · ${t('case.supervised')}` : ''}
                </span>
              </td>
              <td className={td}>
                <RiskMark colour={row.riskColour} />
              </td>
              <td className={`${td} min-w-20`}>{row.responsibleName ?? '—'}</td>
              <td className={`${td} min-w-28`}>
                <DeadlineCell deadline={row.deadline} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

/** Previous / next page links and where we are. */
export function Pagination({
  filters,
  page,
  pageSize,
  total,
}: {
  filters: CaseFilters;
  page: number;
  pageSize: number;
  total: number;
}) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const linkClass =
    'inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-800 hover:bg-slate-100';
  return (
    <nav aria-label={t('case.list.pagination')} className="mt-4 flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <Link to={filtersHref(filters, { page: page - 1 })} className={linkClass} rel="prev">
          {t('case.list.previous')}
        </Link>
      ) : null}
      <span className="text-sm text-slate-600" data-testid="case-page">
        {t('case.list.pageOf', { page, pages })}
      </span>
      {page < pages ? (
        <Link to={filtersHref(filters, { page: page + 1 })} className={linkClass} rel="next">
          {t('case.list.next')}
        </Link>
      ) : null}
    </nav>
  );
}
