// 节假日: the working-day calendar deadlines count in. Years 2004 … next year come bundled where
// the State Council has published them; a county enters a newly published year (or corrects
// one). A year with no schedule counts weekends only.
import type { Translate } from '@concord/i18n';
import { data, Form, Link, useNavigation } from 'react-router';
import { z } from 'zod';
import { TextAreaField } from '../components/fields.tsx';
import { buttonClass, FormError, Notice } from '../components/form.tsx';
import {
  Badge,
  type BadgeTone,
  Card,
  ChildErrorBoundary,
  Section,
  Table,
  TableHead,
  tdClass,
} from '../components/page.tsx';
import { ChangeLog } from '../components/setting-history.tsx';
import { failureStatus, formFailure } from '../lib/api-errors.server.ts';
import { countyChanges } from '../lib/county-changes.server.ts';
import { parseDateList } from '../lib/date-list.ts';
import { formatDateTime } from '../lib/format.ts';
import { useLocale, useT } from '../lib/i18n.ts';
import { type FormFailure, type Message, message } from '../lib/messages.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import { allows, useTenantData } from '../lib/tenant-data.ts';
import type { ChangeEntry } from '../lib/tenant-history.server.ts';
import type { Route } from './+types/t.$tenantSlug.settings.calendar';

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const current = await guard(caller.tenant.current({ tenantSlug }));
  const [years, changes] = await Promise.all([
    guard(caller.calendar.listYears({ tenantSlug })),
    guard(countyChanges(caller, { tenantSlug, current, prefixes: ['calendar.'] })),
  ]);
  const requested = Number(new URL(args.request.url).searchParams.get('year'));
  // Without a choice: the newest year still missing a schedule, else the newest year.
  const year = years.some((entry) => entry.year === requested)
    ? requested
    : (years.find((entry) => entry.source === 'none')?.year ?? years[0]?.year ?? null);
  const selected = year ? await guard(caller.calendar.getYear({ tenantSlug, year })) : null;
  return { years, selected, changes };
}

type Field = 'year' | 'holidays' | 'adjustedWorkdays';
type ActionResult = { ok: true; notice: Message } | FormFailure<Field>;

const ZYearForm = z.object({ year: z.coerce.number().int().min(2004).max(2100) });

export async function action(args: Route.ActionArgs) {
  const { app, caller, tenantSlug } = await tenantRoute(args);
  const form = await args.request.formData();
  const values = {
    year: String(form.get('year') ?? ''),
    holidays: String(form.get('holidays') ?? ''),
    adjustedWorkdays: String(form.get('adjustedWorkdays') ?? ''),
  };
  const parsedYear = ZYearForm.safeParse(values);
  if (!parsedYear.success)
    return data<ActionResult>(
      { ok: false, values, fieldErrors: { year: message('form.error.invalidChoice') } },
      { status: 400 },
    );
  const { year } = parsedYear.data;
  const holidays = parseDateList(values.holidays, year);
  const adjustedWorkdays = parseDateList(values.adjustedWorkdays, year);
  const fieldErrors: Partial<Record<Field, Message>> = {};
  if (holidays.invalid.length > 0)
    fieldErrors.holidays = message('settings.calendar.unreadable', {
      dates: holidays.invalid.slice(0, 5).join('、'),
    });
  else if (holidays.dates.length === 0) fieldErrors.holidays = message('form.error.required');
  if (adjustedWorkdays.invalid.length > 0)
    fieldErrors.adjustedWorkdays = message('settings.calendar.unreadable', {
      dates: adjustedWorkdays.invalid.slice(0, 5).join('、'),
    });
  if (Object.keys(fieldErrors).length > 0)
    return data<ActionResult>({ ok: false, values, fieldErrors }, { status: 400 });
  try {
    await caller.calendar.setYear({
      tenantSlug,
      year,
      holidays: holidays.dates,
      adjustedWorkdays: adjustedWorkdays.dates,
    });
  } catch (error) {
    return data<ActionResult>(formFailure<Field>(app, error, { values }), {
      status: failureStatus(error),
    });
  }
  return { ok: true, notice: message('settings.calendar.saved', { year }) } satisfies ActionResult;
}

const sourceTone: Record<'bundled' | 'county' | 'none', BadgeTone> = {
  bundled: 'neutral',
  county: 'brand',
  none: 'muted',
};

function describeChange(t: Translate, entry: ChangeEntry): string {
  const year = String(entry.detail.year ?? '');
  const count = (field: string, side: 'added' | 'removed') => {
    const value = (entry.detail[field] as Record<string, unknown> | undefined)?.[side];
    return Array.isArray(value) ? value.length : 0;
  };
  return t('settings.calendar.log', {
    year,
    holidaysAdded: count('holidays', 'added'),
    holidaysRemoved: count('holidays', 'removed'),
    workdaysAdded: count('adjustedWorkdays', 'added'),
    workdaysRemoved: count('adjustedWorkdays', 'removed'),
  });
}

export default function CalendarSettings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const data = useTenantData();
  const navigation = useNavigation();
  const editable = data.tenant.kind === 'county' && allows(data, 'tenant:configure');
  const result = actionData as ActionResult | undefined;
  const failure = result && !result.ok ? result : undefined;
  const { years, selected } = loaderData;
  const base = `/t/${data.tenant.slug}/settings/calendar`;
  const missing = years.filter((entry) => entry.source === 'none');
  return (
    <>
      <div
        className="mb-5 flex flex-wrap items-center gap-2 text-sm text-slate-700"
        data-testid="version-in-force"
      >
        <span>
          {t('settings.calendar.summary', {
            first: years.at(-1)?.year ?? '',
            last: years[0]?.year ?? '',
          })}
        </span>
        {missing.length > 0 ? (
          <span className="text-slate-600">
            {t('settings.calendar.missing', {
              years: missing.map((entry) => entry.year).join('、'),
            })}
          </span>
        ) : null}
      </div>
      {selected ? (
        <Section title={t('settings.calendar.yearTitle', { year: selected.year })} id="year">
          <Card>
            <p className="text-sm text-slate-700">
              <Badge tone={sourceTone[selected.source]}>
                {t(`settings.calendar.source.${selected.source}`)}
              </Badge>{' '}
              {selected.source === 'none'
                ? t('settings.calendar.weekendsOnly')
                : t('settings.calendar.counts', {
                    holidays: selected.holidays.length,
                    workdays: selected.adjustedWorkdays.length,
                  })}
            </p>
            {result?.ok ? (
              <div className="mt-4">
                <Notice>{t(result.notice.key, result.notice.params)}</Notice>
              </div>
            ) : null}
            {editable ? (
              <Form
                method="post"
                action={`${base}?year=${selected.year}`}
                className="mt-4 space-y-4"
                noValidate
                key={`${selected.year}-${selected.holidays.join()}`}
              >
                <FormError error={failure?.formError} />
                <input type="hidden" name="year" value={selected.year} />
                <div className="grid gap-4 md:grid-cols-2">
                  <TextAreaField
                    monospace
                    label={t('settings.calendar.holidays')}
                    hint={t('settings.calendar.datesHint')}
                    name="holidays"
                    rows={10}
                    defaultValue={failure?.values?.holidays ?? selected.holidays.join('\n')}
                    error={failure?.fieldErrors?.holidays ?? failure?.fieldErrors?.year}
                  />
                  <TextAreaField
                    monospace
                    label={t('settings.calendar.adjustedWorkdays')}
                    hint={t('settings.calendar.workdaysHint')}
                    name="adjustedWorkdays"
                    rows={10}
                    defaultValue={
                      failure?.values?.adjustedWorkdays ?? selected.adjustedWorkdays.join('\n')
                    }
                    error={failure?.fieldErrors?.adjustedWorkdays}
                  />
                </div>
                <button
                  type="submit"
                  className={buttonClass.primary}
                  disabled={navigation.state === 'submitting'}
                >
                  {selected.source === 'none'
                    ? t('settings.calendar.enter', { year: selected.year })
                    : t('settings.calendar.correct', { year: selected.year })}
                </button>
              </Form>
            ) : selected.source !== 'none' ? (
              <dl className="mt-4 grid gap-4 text-sm md:grid-cols-2">
                <div>
                  <dt className="font-medium">{t('settings.calendar.holidays')}</dt>
                  <dd className="mt-1 font-mono text-xs text-slate-700">
                    {selected.holidays.join('、')}
                  </dd>
                </div>
                <div>
                  <dt className="font-medium">{t('settings.calendar.adjustedWorkdays')}</dt>
                  <dd className="mt-1 font-mono text-xs text-slate-700">
                    {selected.adjustedWorkdays.join('、') || '—'}
                  </dd>
                </div>
              </dl>
            ) : null}
          </Card>
        </Section>
      ) : null}
      <Section title={t('settings.calendar.yearsTitle')} id="years">
        <Table label={t('settings.calendar.yearsTitle')}>
          <TableHead
            columns={[
              t('settings.calendar.year'),
              t('settings.calendar.source'),
              t('settings.calendar.holidayCount'),
              t('settings.calendar.workdayCount'),
              t('settings.calendar.changedAt'),
            ]}
            actions
          />
          <tbody className="divide-y divide-slate-100" data-testid="calendar-years">
            {years.map((entry) => (
              <tr
                key={entry.year}
                aria-current={entry.year === selected?.year ? 'true' : undefined}
                className="aria-[current]:bg-brand-50"
              >
                <td className={`${tdClass} font-medium tabular-nums`}>{entry.year}</td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  <Badge tone={sourceTone[entry.source]}>
                    {t(`settings.calendar.source.${entry.source}`)}
                  </Badge>
                </td>
                <td className={`${tdClass} tabular-nums`}>
                  {entry.source === 'none' ? (
                    <span className="text-slate-600">{t('settings.calendar.weekendsOnly')}</span>
                  ) : (
                    entry.holidays
                  )}
                </td>
                <td className={`${tdClass} tabular-nums`}>
                  {entry.source === 'none' ? '—' : entry.adjustedWorkdays}
                </td>
                <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
                  {entry.changedAt ? formatDateTime(locale, entry.changedAt) : '—'}
                </td>
                <td className={`${tdClass} text-right`}>
                  <Link
                    to={`${base}?year=${entry.year}`}
                    className={buttonClass.small}
                    aria-label={t('settings.calendar.openLabel', { year: entry.year })}
                  >
                    {editable
                      ? entry.source === 'none'
                        ? t('settings.calendar.enterShort')
                        : t('settings.edit')
                      : t('settings.calendar.view')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Section>
      <ChangeLog entries={loaderData.changes} describeEntry={(entry) => describeChange(t, entry)} />
    </>
  );
}

export const ErrorBoundary = ChildErrorBoundary;
