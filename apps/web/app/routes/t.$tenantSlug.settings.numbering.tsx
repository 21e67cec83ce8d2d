// 编号: the prefixes of case and agreement numbers (（2026）城关调字第0001号), and — for the county —
// which settings its towns may set for themselves.
import { data, Form, useNavigation } from 'react-router';
import { CheckboxField, FieldMessage } from '../components/fields.tsx';
import { buttonClass, FormError, TextField } from '../components/form.tsx';
import { IntentNotice } from '../components/intent-notice.tsx';
import { Card, ChildErrorBoundary, Section } from '../components/page.tsx';
import { FromTo, SettingHistory, VersionInForce } from '../components/setting-history.tsx';
import { failureOf, type IntentResult } from '../lib/action-result.ts';
import { useT } from '../lib/i18n.ts';
import { readIntentForm } from '../lib/intent-form.server.ts';
import { message } from '../lib/messages.ts';
import type { ValueChange } from '../lib/setting-diff.ts';
import {
  baseVersionOf,
  canEditSetting,
  loadSetting,
  type SettingKey,
  saveSetting,
} from '../lib/settings.server.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import { useTenantData } from '../lib/tenant-data.ts';
import type { Route } from './+types/t.$tenantSlug.settings.numbering';

/** Keys a county may let its towns override (`town_overrides` itself never). */
const overridableKeys = ['tiers', 'intake_channels', 'stage_deadlines', 'numbering'] as const;
type OverridableKey = (typeof overridableKeys)[number];

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const current = await guard(caller.tenant.current({ tenantSlug }));
  const kind = current.tenant.kind;
  const [numbering, overrides] = await Promise.all([
    loadSetting(caller, guard, { tenantSlug, key: 'numbering', kind }),
    kind === 'county'
      ? loadSetting(caller, guard, { tenantSlug, key: 'town_overrides', kind })
      : null,
  ]);
  return {
    numbering: { ...numbering, editable: canEditSetting(current, numbering.setting) },
    overrides: overrides
      ? { ...overrides, editable: canEditSetting(current, overrides.setting) }
      : null,
    year: Number(new Date().toLocaleString('en', { timeZone: 'Asia/Shanghai', year: 'numeric' })),
  };
}

type Field = 'casePrefix' | 'agreementPrefix' | 'keys';
type Result = IntentResult<Field>;

function isOverridableKey(value: unknown): value is OverridableKey {
  return typeof value === 'string' && (overridableKeys as readonly string[]).includes(value);
}

export async function action(args: Route.ActionArgs) {
  const { app, caller, tenantSlug } = await tenantRoute(args);
  const { form, intent, text } = await readIntentForm(args.request, ['numbering', 'overrides']);
  switch (intent) {
    case 'numbering': {
      const values = { casePrefix: text('casePrefix'), agreementPrefix: text('agreementPrefix') };
      const saved = await saveSetting<'numbering', Field>(app, caller, {
        tenantSlug,
        key: 'numbering',
        value: values,
        baseVersion: baseVersionOf(form),
        values,
        issueField: (path) =>
          path === 'casePrefix' || path === 'agreementPrefix' ? path : undefined,
      });
      if (!saved.ok) return data<Result>({ ...saved.failure, intent }, { status: saved.status });
      return {
        ok: true,
        intent,
        notice: message('settings.saved', { version: saved.version }),
      } satisfies Result;
    }
    case 'overrides': {
      const chosen = form.getAll('keys').map(String);
      const keys = overridableKeys.filter((key) => chosen.includes(key));
      if (chosen.some((key) => !isOverridableKey(key)))
        return data<Result>(
          { ok: false, intent, fieldErrors: { keys: message('form.error.invalidChoice') } },
          { status: 400 },
        );
      const saved = await saveSetting<'town_overrides', Field>(app, caller, {
        tenantSlug,
        key: 'town_overrides',
        value: { keys },
        baseVersion: baseVersionOf(form),
        values: { keys: keys.join(',') },
        issueField: () => 'keys',
      });
      if (!saved.ok) return data<Result>({ ...saved.failure, intent }, { status: saved.status });
      return {
        ok: true,
        intent,
        notice: message('settings.saved', { version: saved.version }),
      } satisfies Result;
    }
  }
}

const keyLabels = {
  tiers: 'settings.tab.tiers',
  intake_channels: 'settings.tab.intakeChannels',
  stage_deadlines: 'settings.tab.deadlines',
  numbering: 'settings.tab.numbering',
} as const satisfies Record<OverridableKey, string>;

/** The customary number, for a preview beside the prefix. */
function sampleNumber(year: number, prefix: string): string {
  return `（${year}）${prefix || '…'}字第0001号`;
}

export default function NumberingSettings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useTenantData();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const result = actionData as Result | undefined;
  const { numbering, overrides, year } = loaderData;
  const numberingFailure = failureOf(result, 'numbering');
  const overridesFailure = failureOf(result, 'overrides');
  const allowed = new Set<SettingKey>(
    overridesFailure?.values?.keys?.split(',').filter(isOverridableKey) ??
      overrides?.setting.value.keys ??
      [],
  );
  const describeNumbering = (change: ValueChange) => (
    <FromTo
      label={
        change.path[0] === 'casePrefix'
          ? t('settings.numbering.casePrefix')
          : change.path[0] === 'agreementPrefix'
            ? t('settings.numbering.agreementPrefix')
            : change.path.join('.')
      }
      from={String(change.from ?? '—')}
      to={String(change.to ?? '—')}
    />
  );
  const keyNames = (value: unknown) =>
    Array.isArray(value)
      ? value
          .filter(isOverridableKey)
          .map((key) => t(keyLabels[key]))
          .join('、') || '—'
      : '—';
  const describeOverrides = (change: ValueChange) => (
    <FromTo
      label={t('settings.overrides.keys')}
      from={keyNames(change.from)}
      to={keyNames(change.to)}
    />
  );
  const value = numbering.setting.value;
  return (
    <>
      <VersionInForce setting={numbering.setting} inForce={numbering.inForce} kind={tenant.kind} />
      <Section title={t('settings.numbering.title')} id="numbering">
        <Card>
          <p className="text-sm text-slate-600">{t('settings.numbering.intro')}</p>
          <div className="mt-3 empty:hidden">
            <IntentNotice result={result} intent="numbering" showFieldErrors={false} />
          </div>
          <Form method="post" className="mt-3 space-y-4" noValidate key={numbering.setting.version}>
            <input type="hidden" name="intent" value="numbering" />
            <input type="hidden" name="baseVersion" value={numbering.baseVersion} />
            <FormError error={numberingFailure?.formError} />
            <fieldset disabled={!numbering.editable} className="grid gap-4 md:grid-cols-2">
              <legend className="sr-only">{t('settings.numbering.title')}</legend>
              <TextField
                label={t('settings.numbering.casePrefix')}
                hint={t('settings.numbering.example', {
                  number: sampleNumber(year, value.casePrefix),
                })}
                name="casePrefix"
                maxLength={20}
                defaultValue={numberingFailure?.values?.casePrefix ?? value.casePrefix}
                error={numberingFailure?.fieldErrors?.casePrefix}
              />
              <TextField
                label={t('settings.numbering.agreementPrefix')}
                hint={t('settings.numbering.example', {
                  number: sampleNumber(year, value.agreementPrefix),
                })}
                name="agreementPrefix"
                maxLength={20}
                defaultValue={numberingFailure?.values?.agreementPrefix ?? value.agreementPrefix}
                error={numberingFailure?.fieldErrors?.agreementPrefix}
              />
            </fieldset>
            <p className="text-xs text-slate-600">{t('settings.numbering.rules')}</p>
            {numbering.editable ? (
              <button type="submit" className={buttonClass.primary} disabled={busy}>
                {t('settings.save')}
              </button>
            ) : null}
          </Form>
        </Card>
      </Section>
      <SettingHistory
        entries={numbering.history}
        describeChange={describeNumbering}
        id="numbering-history"
      />

      {overrides ? (
        <>
          <Section title={t('settings.overrides.title')} id="overrides">
            <VersionInForce
              setting={overrides.setting}
              inForce={overrides.inForce}
              kind={tenant.kind}
            />
            <Card>
              <p className="text-sm text-slate-600">{t('settings.overrides.intro')}</p>
              <div className="mt-3 empty:hidden">
                <IntentNotice result={result} intent="overrides" showFieldErrors={false} />
              </div>
              <Form
                method="post"
                className="mt-3 space-y-3"
                noValidate
                key={overrides.setting.version}
              >
                <input type="hidden" name="intent" value="overrides" />
                <input type="hidden" name="baseVersion" value={overrides.baseVersion} />
                <FormError error={overridesFailure?.formError} />
                <fieldset disabled={!overrides.editable}>
                  <legend className="text-sm font-medium text-slate-800">
                    {t('settings.overrides.keys')}
                  </legend>
                  <div className="mt-2 grid gap-1 sm:grid-cols-2" data-testid="town-overrides">
                    {overridableKeys.map((key) => (
                      <CheckboxField
                        key={key}
                        name="keys"
                        value={key}
                        label={t(keyLabels[key])}
                        defaultChecked={allowed.has(key)}
                      />
                    ))}
                  </div>
                  <FieldMessage error={overridesFailure?.fieldErrors?.keys} />
                </fieldset>
                {overrides.editable ? (
                  <button type="submit" className={buttonClass.primary} disabled={busy}>
                    {t('settings.save')}
                  </button>
                ) : null}
              </Form>
            </Card>
          </Section>
          <SettingHistory
            entries={overrides.history}
            describeChange={describeOverrides}
            title={t('settings.overrides.historyTitle')}
            id="overrides-history"
          />
        </>
      ) : null}
    </>
  );
}

export const ErrorBoundary = ChildErrorBoundary;
