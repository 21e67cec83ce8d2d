// The page around a case list: search box, filter bar (a GET form, so the filters land in the
// query string), the table, pagination, export and an empty state that says what to do next.
import { formatNumber } from '@concord/i18n';
import { Form, Link, useNavigation } from 'react-router';
import {
  type CaseFilters,
  type CaseListSort,
  filterParams,
  isFiltered,
  writeFilters,
} from '../lib/case-filters.ts';
import type { CaseListSearchResult } from '../lib/case-list.server.ts';
import type { CaseList } from '../lib/case-types.ts';
import { caseStatuses, riskColours, statusKey } from '../lib/cases.ts';
import { useLocale, useT } from '../lib/i18n.ts';
import { intakeChannelKey, intakeChannels } from '../lib/intake-channels.ts';
import type { PlaceGroup } from '../lib/places.ts';
import { allows, useTenantData } from '../lib/tenant-data.ts';
import { type Tiers, tierName } from '../lib/tiers.ts';
import { CaseTable, Pagination } from './case-table.tsx';
import { CheckboxField } from './fields.tsx';
import { buttonClass, FormError, inputClass } from './form.tsx';
import { EmptyState, PageHeader } from './page.tsx';

export interface CaseListData {
  filters: CaseFilters;
  sort: CaseListSort;
  list: CaseList;
  choices: {
    categories: { id: string; name: string; retired: boolean }[];
    places: PlaceGroup[];
    people: { id: string; name: string }[];
    tiers: Tiers;
    towns: { id: string; name: string }[];
  };
}

const compactInput = `${inputClass} mt-0 py-1.5`;
const filterLabel = 'block text-xs font-medium text-slate-600';

function FilterSelect({
  label,
  name,
  value,
  children,
}: {
  label: string;
  name: string;
  value: string | number | undefined;
  children: React.ReactNode;
}) {
  const t = useT();
  return (
    <label className="block min-w-0">
      <span className={filterLabel}>{label}</span>
      <select name={name} defaultValue={value ?? ''} className={`${compactInput} mt-0.5`}>
        <option value="">{t('case.filter.any')}</option>
        {children}
      </select>
    </label>
  );
}

function FilterBar({ data, mine }: { data: CaseListData; mine: boolean }) {
  const t = useT();
  const { tenant } = useTenantData();
  const { filters, choices } = data;
  const county = tenant.kind === 'county';
  const chosen = new Set(filters.statuses);
  return (
    <Form
      method="get"
      className="mb-4 rounded-lg border border-slate-200 bg-white p-3"
      data-testid="case-filters"
    >
      {filters.search ? (
        <input type="hidden" name={filterParams.search} value={filters.search} />
      ) : null}
      {filters.sort ? <input type="hidden" name={filterParams.sort} value={filters.sort} /> : null}
      <fieldset className="mb-3">
        <legend className={filterLabel}>{t('case.filter.status')}</legend>
        <div className="mt-1 flex flex-wrap gap-1.5">
          {caseStatuses.map((status) => (
            <label
              key={status}
              className="inline-flex min-h-8 cursor-pointer items-center gap-1.5 rounded-full border border-slate-300 bg-white px-2.5 text-xs text-slate-800 hover:bg-slate-50 has-checked:border-brand-600 has-checked:bg-brand-50 has-checked:text-brand-800"
            >
              <input
                type="checkbox"
                name={filterParams.statuses}
                value={status}
                defaultChecked={chosen.has(status)}
                className="size-3.5 accent-brand-700"
              />
              {t(statusKey(status))}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <FilterSelect
          label={t('case.field.category')}
          name={filterParams.categoryId}
          value={filters.categoryId}
        >
          {choices.categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
              {category.retired ? ` ${t('case.filter.retired')}` : ''}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label={t('case.field.source')}
          name={filterParams.source}
          value={filters.source}
        >
          {intakeChannels.map((channel) => (
            <option key={channel} value={channel}>
              {t(intakeChannelKey(channel))}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label={t('case.field.tier')}
          name={filterParams.tierLevel}
          value={filters.tierLevel}
        >
          {([1, 2, 3] as const).map((level) => (
            <option key={level} value={level}>
              {t(`case.tier.${level}`)}
            </option>
          ))}
        </FilterSelect>
        {county ? (
          <FilterSelect
            label={t('case.field.town')}
            name={filterParams.townId}
            value={filters.townId}
          >
            {choices.towns.map((town) => (
              <option key={town.id} value={town.id}>
                {town.name}
              </option>
            ))}
          </FilterSelect>
        ) : (
          <FilterSelect
            label={tierName(choices.tiers, 3, t)}
            name={filterParams.orgUnitId}
            value={filters.orgUnitId}
          >
            {choices.places.map((place) => (
              <option key={place.id} value={place.id}>
                {place.name}
              </option>
            ))}
          </FilterSelect>
        )}
        <FilterSelect
          label={t('case.field.risk')}
          name={filterParams.riskColour}
          value={filters.riskColour}
        >
          {riskColours.map((colour) => (
            <option key={colour} value={colour}>
              {t(`case.risk.${colour}`)}
            </option>
          ))}
        </FilterSelect>
        {mine ? null : (
          <FilterSelect
            label={t('case.field.responsible')}
            name={filterParams.responsibleUserId}
            value={filters.responsibleUserId}
          >
            {choices.people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </FilterSelect>
        )}
        <label className="block">
          <span className={filterLabel}>{t('case.filter.from')}</span>
          <input
            type="date"
            name={filterParams.registeredFrom}
            defaultValue={filters.registeredFrom ?? ''}
            className={`${compactInput} mt-0.5`}
          />
        </label>
        <label className="block">
          <span className={filterLabel}>{t('case.filter.to')}</span>
          <input
            type="date"
            name={filterParams.registeredTo}
            defaultValue={filters.registeredTo ?? ''}
            className={`${compactInput} mt-0.5`}
          />
        </label>
        <div className="col-span-2 flex flex-wrap items-end gap-x-4 gap-y-1 sm:col-span-3 lg:col-span-2">
          <CheckboxField
            name={filterParams.overdueOnly}
            value="1"
            defaultChecked={filters.overdueOnly}
            label={t('case.filter.overdueOnly')}
          />
          {mine ? (
            <CheckboxField
              name={filterParams.includeFinished}
              value="1"
              defaultChecked={filters.includeFinished}
              label={t('case.filter.includeFinished')}
            />
          ) : null}
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass.primary}>
          {t('case.filter.apply')}
        </button>
        {isFiltered(filters) || filters.includeFinished ? (
          <Link
            to="?"
            className="text-sm text-brand-700 underline underline-offset-2 hover:text-brand-800"
          >
            {t('case.filter.clear')}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

function SearchBox({ filters, search }: { filters: CaseFilters; search: string }) {
  const t = useT();
  const navigation = useNavigation();
  return (
    <Form
      method="post"
      className="mb-3 flex max-w-2xl gap-2"
      role="search"
      data-testid="case-search"
    >
      <input
        type="hidden"
        name="filters"
        value={writeFilters({ ...filters, search: undefined, page: 1 }).toString()}
      />
      <label className="min-w-0 flex-1">
        <span className="sr-only">{t('case.search.label')}</span>
        <input
          type="search"
          name="q"
          defaultValue={search}
          placeholder={t('case.search.placeholder')}
          autoComplete="off"
          maxLength={60}
          className={`${inputClass} mt-0`}
        />
      </label>
      <button
        type="submit"
        className={buttonClass.secondary}
        disabled={navigation.state === 'submitting'}
      >
        {t('case.search.submit')}
      </button>
    </Form>
  );
}

export function CaseListPage({
  data,
  searchResult,
  mine,
}: {
  data: CaseListData;
  searchResult: CaseListSearchResult | undefined;
  mine: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const tenantData = useTenantData();
  const slug = tenantData.tenant.slug;
  const personal = searchResult && 'list' in searchResult ? searchResult : undefined;
  const list = personal?.list ?? data.list;
  const filters = data.filters;
  const query = writeFilters({ ...filters, page: 1 }).toString();
  const canExport = !mine && allows(tenantData, 'case:export');
  const canRegister = allows(tenantData, 'case:create');
  const title = mine ? t('case.mine.title') : t('case.list.title');
  const villageOfUnit = new Map(
    data.choices.places.flatMap((place) =>
      place.units.map((unit) => [unit.id, place.name] as const),
    ),
  );
  return (
    <>
      <PageHeader
        title={title}
        description={
          mine ? t('case.mine.intro') : t('case.list.intro', { tenant: tenantData.tenant.name })
        }
        actions={
          <div className="flex flex-wrap gap-2">
            {canExport ? (
              personal ? (
                <form method="post" action={`/t/${slug}/cases/export`}>
                  <input type="hidden" name="filters" value={query} />
                  <input type="hidden" name="q" value={personal.search} />
                  <button type="submit" className={buttonClass.secondary}>
                    {t('case.list.export')}
                  </button>
                </form>
              ) : (
                <a
                  href={`/t/${slug}/cases/export${query ? `?${query}` : ''}`}
                  className={buttonClass.secondary}
                  data-testid="case-export"
                  download
                >
                  {t('case.list.export')}
                </a>
              )
            ) : null}
            {canRegister ? (
              <Link to={`/t/${slug}/cases/new`} className={buttonClass.primary}>
                {t('case.list.register')}
              </Link>
            ) : null}
          </div>
        }
      />
      <SearchBox
        filters={filters}
        search={personal?.search ?? searchResult?.search ?? filters.search ?? ''}
      />
      {searchResult && 'invalid' in searchResult ? (
        <div className="mb-3 max-w-2xl">
          <FormError error={{ key: 'case.search.invalid' }} />
        </div>
      ) : null}
      {personal ? (
        <p className="mb-3 text-sm text-slate-700" role="status">
          {t('case.search.personalNote')}{' '}
          <Link to="." className="text-brand-700 underline underline-offset-2">
            {t('case.search.clear')}
          </Link>
        </p>
      ) : null}
      <FilterBar data={data} mine={mine} />
      <p className="mb-2 text-sm text-slate-600" data-testid="case-total">
        {t('case.list.total', { count: formatNumber(locale, list.total) })}
      </p>
      {list.rows.length === 0 ? (
        <EmptyState>
          {isFiltered(filters) || personal
            ? t('case.list.emptyFiltered')
            : mine
              ? t('case.mine.empty')
              : canRegister
                ? t('case.list.emptyRegister')
                : t('case.list.empty')}
          {isFiltered(filters) || personal ? (
            <>
              {' '}
              <Link to="?" className="text-brand-700 underline underline-offset-2">
                {t('case.filter.clear')}
              </Link>
            </>
          ) : !mine && canRegister ? (
            <>
              {' '}
              <Link
                to={`/t/${slug}/cases/new`}
                className="text-brand-700 underline underline-offset-2"
              >
                {t('case.list.register')}
              </Link>
            </>
          ) : null}
        </EmptyState>
      ) : (
        <CaseTable
          rows={list.rows}
          filters={filters}
          sort={data.sort}
          tenantSlug={slug}
          showTown={tenantData.tenant.kind === 'county'}
          label={title}
          places={villageOfUnit}
        />
      )}
      {personal ? null : (
        <Pagination
          filters={filters}
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
        />
      )}
    </>
  );
}
