// 层级: how many levels the county's structure has and what each is called. The names are used
// wherever a tier is named (the unit tree, the import page, category defaults).
import { useState } from 'react';
import { data, Form, Link, useNavigation } from 'react-router';
import { z } from 'zod';
import { FieldMessage } from '../components/fields.tsx';
import { buttonClass, FormError, Notice, TextField } from '../components/form.tsx';
import { Card, ChildErrorBoundary, Section } from '../components/page.tsx';
import { FromTo, SettingHistory, VersionInForce } from '../components/setting-history.tsx';
import { useT } from '../lib/i18n.ts';
import { type FormFailure, type Message, message } from '../lib/messages.ts';
import type { ValueChange } from '../lib/setting-diff.ts';
import { baseVersionOf, canEditSetting, loadSetting, saveSetting } from '../lib/settings.server.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import { useTenantData } from '../lib/tenant-data.ts';
import { type Tiers, TOWN_TIER_LEVEL, tierPresets } from '../lib/tiers.ts';
import type { Route } from './+types/t.$tenantSlug.settings.tiers';

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const current = await guard(caller.tenant.current({ tenantSlug }));
  const loaded = await loadSetting(caller, guard, {
    tenantSlug,
    key: 'tiers',
    kind: current.tenant.kind,
  });
  const presetId = new URL(args.request.url).searchParams.get('preset');
  const preset = tierPresets.find((candidate) => candidate.id === presetId) ?? null;
  return {
    ...loaded,
    editable: canEditSetting(current, loaded.setting),
    preset: preset
      ? {
          id: preset.id,
          depth: preset.depth,
          names: [...preset.names],
        }
      : null,
  };
}

type Field = 'depth' | 'name1' | 'name2' | 'name3' | 'name4';

const ZTiersForm = z.object({
  depth: z.enum(['3', '4']).transform(Number),
  name1: z.string().trim(),
  name2: z.string().trim(),
  name3: z.string().trim(),
  name4: z.string().trim(),
});

type ActionResult = { ok: true; notice: Message } | FormFailure<Field>;

function fieldOfPath(path: string): Field | undefined {
  const name = /^names(?:\.(\d))?$/.exec(path);
  if (name) return `name${Number(name[1] ?? 0) + 1}` as Field;
  if (path === 'depth') return path;
  return undefined;
}

export async function action(args: Route.ActionArgs) {
  const { app, caller, tenantSlug } = await tenantRoute(args);
  const form = await args.request.formData();
  const values = Object.fromEntries(
    (['depth', 'name1', 'name2', 'name3', 'name4'] as const).map((name) => [
      name,
      String(form.get(name) ?? '').trim(),
    ]),
  ) as Record<Field, string>;
  const parsed = ZTiersForm.safeParse(values);
  if (!parsed.success)
    return data<ActionResult>(
      { ok: false, values, fieldErrors: { depth: message('form.error.invalidChoice') } },
      { status: 400 },
    );
  const { depth } = parsed.data;
  const names = [parsed.data.name1, parsed.data.name2, parsed.data.name3, parsed.data.name4].slice(
    0,
    depth,
  );
  const saved = await saveSetting<'tiers', Field>(app, caller, {
    tenantSlug,
    key: 'tiers',
    value: { depth: depth as 3 | 4, names },
    baseVersion: baseVersionOf(form),
    issueField: fieldOfPath,
    values,
  });
  if (!saved.ok) return data<ActionResult>(saved.failure, { status: saved.status });
  return {
    ok: true,
    notice: message('settings.saved', { version: saved.version }),
  } satisfies ActionResult;
}

function Structure({ tiers }: { tiers: Tiers }) {
  const t = useT();
  return (
    <ol className="flex flex-wrap items-center gap-2" data-testid="tier-structure">
      {tiers.names
        .map((name, index) => ({ level: index + 1, name }))
        .map(({ level, name }) => (
          <li key={level} className="flex items-center gap-2">
            {level > 1 ? (
              <span aria-hidden="true" className="text-slate-400">
                →
              </span>
            ) : null}
            <span className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm">
              <span className="mr-1 text-xs text-slate-500">{t('tiers.level', { level })}</span>
              {name}
              {level === TOWN_TIER_LEVEL ? (
                <span className="ml-1 text-xs text-brand-700">{t('settings.tiers.townMark')}</span>
              ) : null}
            </span>
          </li>
        ))}
    </ol>
  );
}

function TiersForm({
  action,
  start,
  baseVersion,
  failure,
}: {
  action: string;
  start: Tiers;
  baseVersion: number;
  failure: FormFailure<Field> | undefined;
}) {
  const t = useT();
  const navigation = useNavigation();
  const initial = (field: Field, fallback: string) => failure?.values?.[field] ?? fallback;
  const [depth, setDepth] = useState(initial('depth', String(start.depth)));
  return (
    <Form method="post" action={action} className="mt-4 space-y-4" noValidate>
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <FormError error={failure?.formError} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t('settings.tiers.depth')}</legend>
        <div className="mt-1 flex gap-4">
          {(['3', '4'] as const).map((value) => (
            <label key={value} className="inline-flex min-h-10 items-center gap-2 text-sm">
              <input
                type="radio"
                name="depth"
                value={value}
                checked={depth === value}
                onChange={() => setDepth(value)}
                className="size-4 accent-brand-700"
              />
              {t('settings.tiers.depthOption', { depth: value })}
            </label>
          ))}
        </div>
        <FieldMessage error={failure?.fieldErrors?.depth} />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {([1, 2, 3, 4] as const).map((level) => (
          <TextField
            key={level}
            label={t('settings.tiers.nameOf', { level })}
            name={`name${level}`}
            maxLength={10}
            hint={level === 4 ? t('settings.tiers.fourthHint') : undefined}
            disabled={level === 4 && depth === '3'}
            defaultValue={initial(`name${level}` as Field, start.names[level - 1] ?? '')}
            error={failure?.fieldErrors?.[`name${level}` as Field]}
          />
        ))}
      </div>
      <p className="text-xs text-slate-600">{t('settings.tiers.townTierHint')}</p>
      <button
        type="submit"
        className={buttonClass.primary}
        disabled={navigation.state === 'submitting'}
      >
        {t('settings.save')}
      </button>
    </Form>
  );
}

export default function TiersSettings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useTenantData();
  const { setting, preset, editable } = loaderData;
  const result = actionData as ActionResult | undefined;
  const failure = result && !result.ok ? result : undefined;
  const describe = (change: ValueChange) => {
    const [field] = change.path;
    const show = (value: unknown) =>
      Array.isArray(value) ? value.join(' / ') : value === null ? '—' : String(value);
    const label =
      field === 'depth'
        ? t('settings.tiers.depth')
        : field === 'names'
          ? t('settings.tiers.names')
          : change.path.join('.');
    return <FromTo label={label} from={show(change.from)} to={show(change.to)} />;
  };
  return (
    <>
      <VersionInForce setting={setting} inForce={loaderData.inForce} kind={tenant.kind} />
      <Section title={t('settings.tiers.current')}>
        <Structure tiers={setting.value} />
      </Section>
      {editable ? (
        <Section title={t('settings.tiers.edit')} id="edit">
          <Card>
            <p className="text-sm text-slate-600">{t('settings.tiers.presetsIntro')}</p>
            <ul className="mt-2 flex flex-wrap gap-2" data-testid="tier-presets">
              {tierPresets.map((candidate) => (
                <li key={candidate.id}>
                  <Link
                    to={`?preset=${candidate.id}#edit`}
                    preventScrollReset
                    aria-current={preset?.id === candidate.id ? 'true' : undefined}
                    className={`${buttonClass.small} aria-[current]:border-brand-600 aria-[current]:bg-brand-50`}
                  >
                    {candidate.names.join(' / ')}
                  </Link>
                </li>
              ))}
            </ul>
            {result?.ok ? (
              <div className="mt-4">
                <Notice>{t(result.notice.key, result.notice.params)}</Notice>
              </div>
            ) : null}
            <TiersForm
              key={`${preset?.id ?? 'stored'}-${setting.version}`}
              action={`/t/${tenant.slug}/settings/tiers`}
              start={preset ?? setting.value}
              baseVersion={loaderData.baseVersion}
              failure={failure}
            />
          </Card>
        </Section>
      ) : null}
      <SettingHistory entries={loaderData.history} describeChange={describe} />
    </>
  );
}

export const ErrorBoundary = ChildErrorBoundary;
