// 村居与网格: a town's villages (communities) and resident units as a tree, named with the
// county's tier names; add, edit, move, retire and restore a unit; links to import and export.
// A county sees its towns with their sizes and opens each town's tree from there.
import type { MessageParams, Translate } from '@concord/i18n';
import { formatNumber } from '@concord/i18n';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { data, Form, Link, useNavigation } from 'react-router';
import { z } from 'zod';
import {
  buttonClass,
  confirmSubmit,
  FormError,
  SelectField,
  TextField,
} from '../components/form.tsx';
import { IntentNotice } from '../components/intent-notice.tsx';
import {
  Badge,
  Card,
  ChildErrorBoundary,
  EmptyState,
  PageHeader,
  Section,
  Table,
  TableHead,
  tdClass,
} from '../components/page.tsx';
import { failureOf, type IntentResult } from '../lib/action-result.ts';
import { failureStatus, formFailure, readApiError } from '../lib/api-errors.server.ts';
import { useLocale, useT } from '../lib/i18n.ts';
import { readIntentForm } from '../lib/intent-form.server.ts';
import { type FormFailure, isMessageKey, type Message, message } from '../lib/messages.ts';
import { loadTiers } from '../lib/settings.server.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import { allows, useTenantData } from '../lib/tenant-data.ts';
import { type Tiers, tierName } from '../lib/tiers.ts';
import type { Route } from './+types/t.$tenantSlug.units';

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const [tree, tiers, towns] = await Promise.all([
    guard(caller.orgUnit.tree({ tenantSlug })),
    loadTiers(caller, guard, tenantSlug),
    guard(caller.tenant.current({ tenantSlug })).then((current) =>
      current.tenant.kind === 'county' ? guard(caller.town.list({ tenantSlug })) : null,
    ),
  ]);
  const url = new URL(args.request.url);
  return {
    tree,
    tiers,
    towns,
    query: (url.searchParams.get('q') ?? '').trim(),
    selectedId: url.searchParams.get('unit'),
  };
}

type Field = 'parentId' | 'name' | 'divisionCode' | 'population' | 'households';
type Result = IntentResult<Field>;

const headcount = z
  .string()
  .trim()
  .transform((value, context) => {
    if (value === '') return null;
    const number = Number(value.replace(/[,，\s]/g, ''));
    if (!Number.isInteger(number) || number < 0) {
      context.addIssue({ code: 'custom', message: 'NOT_A_COUNT' });
      return z.NEVER;
    }
    return number;
  });
const ZUnitForm = z.object({
  name: z.string().trim(),
  divisionCode: z
    .string()
    .trim()
    .transform((value) => value || null),
  population: headcount,
  households: headcount,
});

/**
 * A refused division code in this page's words, naming the codes involved (the digits a code
 * must start with, a child's code that would no longer fit); null for other refusals.
 */
function codeRefusal(error: unknown): Message | null {
  const details = readApiError(error)?.details ?? {};
  const key = `units.error.${String(details.reason)}`;
  if (!isMessageKey(key)) return null;
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(details))
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  return message(key, params);
}

export async function action(args: Route.ActionArgs) {
  const { app, caller, tenantSlug } = await tenantRoute(args);
  const { intent, text } = await readIntentForm(args.request, [
    'create',
    'update',
    'move',
    'retire',
    'restore',
  ]);
  const unitId = text('unitId');
  const values: Partial<Record<Field, string>> = {
    parentId: text('parentId'),
    name: text('name'),
    divisionCode: text('divisionCode'),
    population: text('population'),
    households: text('households'),
  };
  const target = unitId || undefined;
  const parsed = ZUnitForm.safeParse(values);
  if (!parsed.success && (intent === 'create' || intent === 'update')) {
    const fieldErrors: Partial<Record<Field, Message>> = {};
    for (const issue of parsed.error.issues)
      fieldErrors[issue.path[0] as Field] ??= message('units.error.count');
    return data<Result>(
      { ok: false, intent, values, fieldErrors, ...(target ? { target } : {}) },
      { status: 400 },
    );
  }
  try {
    switch (intent) {
      case 'create': {
        const unit = parsed.data!;
        const created = await caller.orgUnit.create({
          tenantSlug,
          parentId: values.parentId ?? '',
          name: unit.name,
          divisionCode: unit.divisionCode,
          population: unit.population,
          households: unit.households,
        });
        return {
          ok: true,
          intent,
          target: created.unitId,
          notice: message('units.created', { name: unit.name }),
        } satisfies Result;
      }
      case 'update': {
        const unit = parsed.data!;
        await caller.orgUnit.update({
          tenantSlug,
          unitId,
          name: unit.name,
          divisionCode: unit.divisionCode,
          population: unit.population,
          households: unit.households,
        });
        return { ok: true, intent, target, notice: message('units.updated') } satisfies Result;
      }
      case 'move':
        await caller.orgUnit.move({
          tenantSlug,
          unitId,
          parentId: values.parentId ?? '',
          // Blank keeps the unit's code.
          divisionCode: values.divisionCode || undefined,
        });
        return { ok: true, intent, target, notice: message('units.moved') } satisfies Result;
      case 'retire':
        await caller.orgUnit.retire({ tenantSlug, unitId });
        return { ok: true, intent, target, notice: message('units.retired') } satisfies Result;
      default:
        await caller.orgUnit.restore({ tenantSlug, unitId });
        return { ok: true, intent, target, notice: message('units.restored') } satisfies Result;
    }
  } catch (error) {
    const failure = formFailure<Field>(app, error, {
      values,
      fields: { unitId: undefined },
      reasonFields: {
        DIVISION_CODE_TAKEN: 'divisionCode',
        OUTSIDE_TOWN: 'divisionCode',
        CHILD_CODES_MISMATCH: 'divisionCode',
        MOVE_CYCLE: 'parentId',
        TIER_MISMATCH: 'parentId',
        BEYOND_DEPTH: 'parentId',
        PARENT_RETIRED: 'parentId',
      },
    });
    const reworded = codeRefusal(error);
    if (reworded && failure.fieldErrors?.divisionCode) failure.fieldErrors.divisionCode = reworded;
    return data<Result>(
      { ...failure, intent, ...(target ? { target } : {}) },
      { status: failureStatus(error) },
    );
  }
}

type Unit = Route.ComponentProps['loaderData']['tree']['units'][number];

function unitLabel(t: Translate, tiers: Tiers, unit: Unit): string {
  return `${tierName(tiers, unit.tierLevel, t)} · ${unit.name}${unit.divisionCode ? `（${unit.divisionCode}）` : ''}`;
}

function Size({ unit }: { unit: Unit }) {
  const t = useT();
  const locale = useLocale();
  const parts = [
    unit.population !== null
      ? t('units.population', { count: formatNumber(locale, unit.population) })
      : null,
    unit.households !== null
      ? t('units.households', { count: formatNumber(locale, unit.households) })
      : null,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return <span className="text-xs text-slate-500 tabular-nums">{parts.join(' · ')}</span>;
}

function UnitLine({
  unit,
  tiers,
  selected,
  editHref,
  extra,
}: {
  unit: Unit;
  tiers: Tiers;
  selected: boolean;
  editHref: string | null;
  /** Shown at the end of the line, before the edit link (a village's count of units). */
  extra?: ReactNode;
}) {
  const t = useT();
  return (
    <span className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-1">
      <span className={`font-medium ${unit.retired ? 'text-slate-500 line-through' : ''}`}>
        {unit.name}
      </span>
      <span className="text-xs text-slate-500">{tierName(tiers, unit.tierLevel, t)}</span>
      {unit.divisionCode ? (
        <span className="font-mono text-xs text-slate-600">{unit.divisionCode}</span>
      ) : null}
      <Size unit={unit} />
      {unit.retired ? <Badge tone="muted">{t('units.retiredBadge')}</Badge> : null}
      {extra ? <span className="ml-auto">{extra}</span> : null}
      {editHref ? (
        <Link
          to={editHref}
          preventScrollReset
          aria-current={selected ? 'true' : undefined}
          className={`${extra ? '' : 'ml-auto'} text-sm text-brand-700 underline-offset-2 hover:underline aria-[current]:font-semibold`}
          aria-label={t('units.editLabel', { name: unit.name })}
        >
          {t('units.edit')}
        </Link>
      ) : null}
    </span>
  );
}

/**
 * A unit's own inputs, the same when adding and editing: filled from the failed post, else from
 * the unit being edited, else blank.
 */
function UnitFields({
  unit,
  failure,
  codeHint,
}: {
  unit?: Unit;
  failure: FormFailure<Field> | undefined;
  codeHint?: string;
}) {
  const t = useT();
  const value = (field: Field, stored: string | number | null | undefined) =>
    failure?.values?.[field] ?? String(stored ?? '');
  return (
    <>
      <TextField
        label={t('units.name')}
        name="name"
        maxLength={60}
        required
        defaultValue={value('name', unit?.name)}
        error={failure?.fieldErrors?.name}
      />
      <TextField
        label={t('units.divisionCode')}
        hint={codeHint}
        name="divisionCode"
        inputMode="numeric"
        maxLength={20}
        defaultValue={value('divisionCode', unit?.divisionCode)}
        error={failure?.fieldErrors?.divisionCode}
      />
      <TextField
        label={t('units.populationLabel')}
        name="population"
        inputMode="numeric"
        defaultValue={value('population', unit?.population)}
        error={failure?.fieldErrors?.population}
      />
      <TextField
        label={t('units.householdsLabel')}
        name="households"
        inputMode="numeric"
        defaultValue={value('households', unit?.households)}
        error={failure?.fieldErrors?.households}
      />
    </>
  );
}

/** Expand or collapse every village at once (needs JavaScript; without it each opens alone). */
function ExpandAll() {
  const t = useT();
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  const toggle = (open: boolean) => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-unit]'))
      details.open = open;
  };
  return (
    <div className="flex gap-2">
      <button type="button" className={buttonClass.small} onClick={() => toggle(true)}>
        {t('units.expandAll')}
      </button>
      <button type="button" className={buttonClass.small} onClick={() => toggle(false)}>
        {t('units.collapseAll')}
      </button>
    </div>
  );
}

function CountyOverview({ loaderData }: { loaderData: Route.ComponentProps['loaderData'] }) {
  const t = useT();
  const locale = useLocale();
  const { tree, tiers, towns } = loaderData;
  const roots = tree.units.filter((unit) => unit.tierLevel === 2);
  const slugs = new Map((towns ?? []).map((town) => [town.id, town.slug]));
  return (
    <>
      <p className="mb-4 text-sm text-slate-700" data-testid="tier-counts">
        {[2, 3, 4]
          .filter((level) => level <= tiers.depth)
          .map((level) =>
            t('units.tierCount', {
              tier: tierName(tiers, level, t),
              count: formatNumber(locale, tree.countsByTier[level] ?? 0),
            }),
          )
          .join(' · ')}
      </p>
      {roots.length === 0 ? (
        <EmptyState>{t('units.county.noTowns')}</EmptyState>
      ) : (
        <Table label={t('units.county.title')}>
          <TableHead
            columns={[
              tierName(tiers, 2, t),
              t('towns.divisionCode'),
              tierName(tiers, 3, t),
              t('units.county.allBelow'),
            ]}
          />
          <tbody className="divide-y divide-slate-100">
            {roots.map((root) => {
              const slug = root.townId ? slugs.get(root.townId) : undefined;
              return (
                <tr key={root.id}>
                  <td className={`${tdClass} font-medium`}>
                    {slug ? (
                      <Link to={`/t/${slug}/units`} className="text-brand-700 hover:underline">
                        {root.name}
                      </Link>
                    ) : (
                      root.name
                    )}
                  </td>
                  <td className={`${tdClass} tabular-nums`}>{root.divisionCode ?? '—'}</td>
                  <td className={`${tdClass} tabular-nums`}>
                    {formatNumber(locale, root.childCount)}
                  </td>
                  <td className={`${tdClass} tabular-nums`}>
                    {formatNumber(locale, root.descendantCount)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </>
  );
}

export default function Units({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const data = useTenantData();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const result = actionData as Result | undefined;
  const { tree, tiers, query, selectedId } = loaderData;
  const base = `/t/${data.tenant.slug}/units`;
  const canManage =
    data.tenant.kind === 'town' && allows(data, 'town:manage') && data.tenant.active;

  const { root, children, visible } = useMemo(() => {
    const root = tree.units.find((unit) => unit.tierLevel === 2) ?? null;
    const children = new Map<string, Unit[]>();
    for (const unit of tree.units)
      if (unit.parentId)
        children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
    // A search shows the units that match, the units above them and the units below them.
    let visible: Set<string> | null = null;
    if (query) {
      const needle = query.toLowerCase();
      const shown = new Set<string>();
      const byId = new Map(tree.units.map((unit) => [unit.id, unit]));
      const addBelow = (id: string) => {
        for (const child of children.get(id) ?? []) {
          shown.add(child.id);
          addBelow(child.id);
        }
      };
      const addAbove = (unit: Unit) => {
        for (
          let current: Unit | undefined = unit;
          current;
          current = current.parentId ? byId.get(current.parentId) : undefined
        )
          shown.add(current.id);
      };
      for (const unit of tree.units) {
        // The unit being edited stays in sight, wherever a move took it.
        if (unit.id === selectedId) addAbove(unit);
        if (!unit.name.toLowerCase().includes(needle) && !unit.divisionCode?.includes(needle))
          continue;
        addBelow(unit.id);
        addAbove(unit);
      }
      visible = shown;
    }
    return { root, children, visible };
  }, [tree.units, query, selectedId]);

  if (data.tenant.kind === 'county')
    return (
      <>
        <PageHeader title={t('units.title')} description={t('units.county.intro')} />
        <CountyOverview loaderData={loaderData} />
      </>
    );

  const selected = tree.units.find((unit) => unit.id === selectedId) ?? null;
  const villages = root ? (children.get(root.id) ?? []) : [];
  const shownVillages = visible ? villages.filter((unit) => visible.has(unit.id)) : villages;
  const editHref = (unit: Unit) =>
    canManage
      ? `${base}?${new URLSearchParams({ ...(query ? { q: query } : {}), unit: unit.id })}#edit`
      : null;
  const parentOptions = tree.units.filter(
    (unit) => !unit.retired && unit.tierLevel >= 2 && unit.tierLevel < tiers.depth,
  );
  const createFailure = failureOf(result, 'create');
  const updateFailure = failureOf(result, 'update', selected?.id);
  const moveFailure = failureOf(result, 'move', selected?.id);
  const exportLink = (locale: 'zh-CN' | 'en') => `${base}/export?locale=${locale}`;

  return (
    <>
      <PageHeader
        title={t('units.title')}
        description={t('units.intro', { town: data.tenant.name })}
        actions={
          <div className="flex flex-wrap gap-2">
            {canManage ? (
              <Link to={`${base}/import`} className={buttonClass.primary}>
                {t('units.import')}
              </Link>
            ) : null}
            <a href={exportLink(locale)} className={buttonClass.secondary} download>
              {t('units.export')}
            </a>
          </div>
        }
      />
      <p className="mb-4 text-sm text-slate-700" data-testid="tier-counts">
        {Array.from({ length: tiers.depth - 2 }, (_, index) => index + 3)
          .map((level) =>
            t('units.tierCount', {
              tier: tierName(tiers, level, t),
              count: formatNumber(locale, tree.countsByTier[level] ?? 0),
            }),
          )
          .join(' · ')}
      </p>

      {canManage && selected && selected.tierLevel > 2 ? (
        <Section title={t('units.editTitle', { name: selected.name })} id="edit">
          <Card>
            <p className="text-sm text-slate-600">{unitLabel(t, tiers, selected)}</p>
            <div className="mt-3 empty:hidden">
              <IntentNotice
                result={result}
                intent={['update', 'move', 'retire', 'restore']}
                target={selected.id}
                showFieldErrors={false}
              />
            </div>
            <Form
              method="post"
              className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-start"
              noValidate
              // A move may have changed the code: the form starts again from the stored one.
              key={`update-${selected.id}-${selected.divisionCode}`}
            >
              <input type="hidden" name="intent" value="update" />
              <input type="hidden" name="unitId" value={selected.id} />
              <div className="sm:col-span-2 lg:col-span-5 empty:hidden">
                <FormError error={updateFailure?.formError} />
              </div>
              <UnitFields unit={selected} failure={updateFailure} />
              <div className="lg:pt-6">
                <button type="submit" className={`${buttonClass.primary} w-full`} disabled={busy}>
                  {t('settings.save')}
                </button>
              </div>
            </Form>
            {selected.tierLevel > 3 ? (
              <Form
                method="post"
                className="mt-5 flex flex-col gap-3 border-t border-slate-100 pt-5 sm:flex-row sm:items-start"
                noValidate
                key={`move-${selected.id}-${selected.divisionCode}`}
              >
                <input type="hidden" name="intent" value="move" />
                <input type="hidden" name="unitId" value={selected.id} />
                <SelectField
                  className="min-w-0 flex-1"
                  label={t('units.moveTo', { tier: tierName(tiers, selected.tierLevel - 1, t) })}
                  name="parentId"
                  defaultValue={moveFailure?.values?.parentId ?? selected.parentId ?? ''}
                  error={moveFailure?.fieldErrors?.parentId}
                >
                  {parentOptions
                    .filter((unit) => unit.tierLevel === selected.tierLevel - 1)
                    .map((unit) => (
                      <option key={unit.id} value={unit.id}>
                        {unit.name}
                        {unit.divisionCode ? `（${unit.divisionCode}）` : ''}
                      </option>
                    ))}
                </SelectField>
                <TextField
                  className="min-w-0 flex-1"
                  label={t('units.moveCode')}
                  hint={t('units.moveCodeHint', {
                    tier: tierName(tiers, selected.tierLevel - 1, t),
                  })}
                  name="divisionCode"
                  inputMode="numeric"
                  maxLength={20}
                  defaultValue={moveFailure?.values?.divisionCode ?? ''}
                  error={moveFailure?.fieldErrors?.divisionCode}
                />
                <div className="sm:pt-6">
                  <button type="submit" className={buttonClass.secondary} disabled={busy}>
                    {t('units.move')}
                  </button>
                </div>
              </Form>
            ) : null}
            <div className="mt-5 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-5">
              <Form
                method="post"
                onSubmit={
                  selected.retired
                    ? undefined
                    : confirmSubmit(t('units.retireConfirm', { name: selected.name }))
                }
              >
                <input
                  type="hidden"
                  name="intent"
                  value={selected.retired ? 'restore' : 'retire'}
                />
                <input type="hidden" name="unitId" value={selected.id} />
                <button
                  type="submit"
                  className={selected.retired ? buttonClass.secondary : buttonClass.danger}
                  disabled={busy}
                >
                  {selected.retired ? t('units.restore') : t('units.retire')}
                </button>
              </Form>
              <p className="text-xs text-slate-600">
                {selected.retired ? t('units.restoreHint') : t('units.retireHint')}
              </p>
              <Link
                to={`${base}${query ? `?q=${encodeURIComponent(query)}` : ''}`}
                className="ml-auto text-sm text-brand-700 underline underline-offset-2"
              >
                {t('settings.close')}
              </Link>
            </div>
          </Card>
        </Section>
      ) : null}

      <Section title={root ? root.name : t('units.title')} id="tree" actions={<ExpandAll />}>
        <Form method="get" className="mb-3 flex max-w-lg gap-2" role="search">
          <label htmlFor="unit-search" className="sr-only">
            {t('units.search')}
          </label>
          <input
            id="unit-search"
            type="search"
            name="q"
            defaultValue={query}
            placeholder={t('units.searchPlaceholder')}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          />
          <button type="submit" className={buttonClass.secondary}>
            {t('units.search')}
          </button>
          {query ? (
            <Link to={base} className={buttonClass.secondary}>
              {t('units.clearSearch')}
            </Link>
          ) : null}
        </Form>
        {villages.length === 0 ? (
          <EmptyState>
            {canManage
              ? t('units.emptyManage', { tier: tierName(tiers, 3, t) })
              : t('units.empty', { tier: tierName(tiers, 3, t) })}
          </EmptyState>
        ) : shownVillages.length === 0 ? (
          <EmptyState>{t('units.noMatch', { query })}</EmptyState>
        ) : (
          <ul
            className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
            data-testid="unit-tree"
          >
            {shownVillages.map((village) => {
              const below = (children.get(village.id) ?? []).filter(
                (unit) => !visible || visible.has(unit.id),
              );
              const open = Boolean(query) || selected?.parentId === village.id;
              const hasUnits = tiers.depth >= 4 && (children.get(village.id) ?? []).length > 0;
              const line = (
                <UnitLine
                  unit={village}
                  tiers={tiers}
                  selected={selected?.id === village.id}
                  editHref={editHref(village)}
                  extra={
                    hasUnits ? (
                      <span className="text-xs text-slate-600 tabular-nums">
                        {t('units.childCount', {
                          count: village.childCount,
                          tier: tierName(tiers, 4, t),
                        })}
                      </span>
                    ) : null
                  }
                />
              );
              if (!hasUnits)
                return (
                  <li
                    key={village.id}
                    className="flex items-center gap-2 px-3 py-2.5 pl-9 sm:px-4 sm:pl-10"
                  >
                    {line}
                  </li>
                );
              return (
                <li key={village.id}>
                  <details data-unit={village.id} open={open} className="group/unit">
                    <summary className="flex min-h-11 cursor-pointer items-center gap-2 px-3 py-2.5 hover:bg-slate-50 sm:px-4">
                      <svg
                        aria-hidden="true"
                        viewBox="0 0 20 20"
                        className="size-4 shrink-0 text-slate-500 transition-transform group-open/unit:rotate-90"
                        fill="currentColor"
                      >
                        <path d="M7.3 5.3a1 1 0 0 1 1.4 0l4 4a1 1 0 0 1 0 1.4l-4 4a1 1 0 0 1-1.4-1.4L10.6 10 7.3 6.7a1 1 0 0 1 0-1.4Z" />
                      </svg>
                      {line}
                    </summary>
                    <ul className="border-t border-slate-100 bg-slate-50/60">
                      {below.map((unit) => (
                        <li
                          key={unit.id}
                          className="flex items-center gap-2 border-b border-slate-100 px-3 py-2 pl-12 last:border-b-0 sm:pl-14"
                        >
                          <UnitLine
                            unit={unit}
                            tiers={tiers}
                            selected={selected?.id === unit.id}
                            editHref={editHref(unit)}
                          />
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              );
            })}
          </ul>
        )}
      </Section>

      {canManage && root ? (
        <Section title={t('units.addTitle')} id="add">
          <Card>
            <p className="text-sm text-slate-600">
              {t('units.addIntro', { tiers: tiers.names.slice(2).join('、') })}
            </p>
            <div className="mt-3 empty:hidden">
              <IntentNotice result={result} intent="create" showFieldErrors={false} />
            </div>
            <Form
              method="post"
              className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3 lg:items-start"
              noValidate
              key={result?.ok && result.intent === 'create' ? result.target : 'create'}
            >
              <input type="hidden" name="intent" value="create" />
              <div className="sm:col-span-2 lg:col-span-3 empty:hidden">
                <FormError error={createFailure?.formError} />
              </div>
              <SelectField
                label={t('units.parent')}
                name="parentId"
                defaultValue={createFailure?.values?.parentId ?? root.id}
                error={createFailure?.fieldErrors?.parentId}
              >
                {parentOptions.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {t('units.parentOption', {
                      tier: tierName(tiers, unit.tierLevel, t),
                      name: unit.name,
                      child: tierName(tiers, unit.tierLevel + 1, t),
                    })}
                  </option>
                ))}
              </SelectField>
              <UnitFields
                failure={createFailure}
                codeHint={t('units.divisionCodeHint', {
                  village: tierName(tiers, 3, t),
                  unit: tierName(tiers, 4, t),
                })}
              />
              <div className="lg:pt-6">
                <button type="submit" className={`${buttonClass.primary} w-full`} disabled={busy}>
                  {t('units.add')}
                </button>
              </div>
            </Form>
          </Card>
        </Section>
      ) : null}
    </>
  );
}

export const ErrorBoundary = ChildErrorBoundary;
