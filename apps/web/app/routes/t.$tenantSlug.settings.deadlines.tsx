// 办理时限: each stage's time limit (amount and unit) and how many days before it a case shows
// as due soon; optionally different limits for particular dispute types.
import type { Translate } from '@concord/i18n';
import { data, Form, useNavigation } from 'react-router';
import { z } from 'zod';
import { FieldMessage } from '../components/fields.tsx';
import {
  buttonClass,
  confirmSubmit,
  FormError,
  inputClass,
  SelectField,
  TextField,
} from '../components/form.tsx';
import { IntentNotice } from '../components/intent-notice.tsx';
import {
  Card,
  ChildErrorBoundary,
  EmptyState,
  Section,
  Table,
  TableHead,
  tdClass,
} from '../components/page.tsx';
import { FromTo, SettingHistory, VersionInForce } from '../components/setting-history.tsx';
import { failureOf, type IntentResult } from '../lib/action-result.ts';
import {
  type DeadlineUnit,
  deadlineUnits,
  formatRule,
  isStageKind,
  type StageDeadline,
  type StageKind,
  stageHintKey,
  stageKey,
  stageKinds,
  unitKey,
} from '../lib/deadlines.ts';
import { useT } from '../lib/i18n.ts';
import { intentFailure, readIntentForm } from '../lib/intent-form.server.ts';
import { message } from '../lib/messages.ts';
import type { ValueChange } from '../lib/setting-diff.ts';
import {
  baseVersionOf,
  type Caller,
  canEditSetting,
  loadSetting,
  type SettingValue,
  saveSetting,
} from '../lib/settings.server.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import { useTenantData } from '../lib/tenant-data.ts';
import type { Route } from './+types/t.$tenantSlug.settings.deadlines';

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const current = await guard(caller.tenant.current({ tenantSlug }));
  const [loaded, categories] = await Promise.all([
    loadSetting(caller, guard, { tenantSlug, key: 'stage_deadlines', kind: current.tenant.kind }),
    guard(caller.category.list({ tenantSlug })),
  ]);
  return {
    ...loaded,
    editable: canEditSetting(current, loaded.setting),
    categories: categories.map((category) => ({
      id: category.id,
      name: category.name,
      retired: category.retired,
    })),
  };
}

type Value = SettingValue<'stage_deadlines'>;
type Result = IntentResult<string>;

const count = z.coerce.number().int().min(0).max(365);
const ZRuleForm = z.object({
  amount: count,
  unit: z.enum(deadlineUnits),
  warnDays: count,
});

/** A rule from the form's `<prefix>amount`, `<prefix>unit`, `<prefix>warnDays`. */
function readRule(
  form: FormData,
  prefix: string,
):
  | { ok: true; deadline: StageDeadline }
  | { ok: false; errors: Record<string, ReturnType<typeof message>> } {
  const raw = {
    amount: String(form.get(`${prefix}amount`) ?? '').trim(),
    unit: String(form.get(`${prefix}unit`) ?? ''),
    warnDays: String(form.get(`${prefix}warnDays`) ?? '').trim(),
  };
  const parsed = ZRuleForm.safeParse(raw);
  if (parsed.success)
    return {
      ok: true,
      deadline: {
        rule: { amount: parsed.data.amount, unit: parsed.data.unit },
        warnDays: parsed.data.warnDays,
      },
    };
  const errors: Record<string, ReturnType<typeof message>> = {};
  for (const issue of parsed.error.issues) {
    const field = `${prefix}${String(issue.path[0])}`;
    errors[field] ??=
      raw[issue.path[0] as keyof typeof raw] === ''
        ? message('form.error.required')
        : message('settings.deadlines.wholeNumber', { max: 365 });
  }
  return { ok: false, errors };
}

async function currentValue(caller: Caller, tenantSlug: string): Promise<Value> {
  const setting = await caller.settings.get({ tenantSlug, key: 'stage_deadlines' });
  if (setting.key !== 'stage_deadlines') throw new Error('unexpected setting');
  return setting.value;
}

export async function action(args: Route.ActionArgs) {
  const { app, caller, tenantSlug } = await tenantRoute(args);
  const { form, intent } = await readIntentForm(args.request, [
    'saveStages',
    'addOverride',
    'removeOverride',
  ]);
  const values = Object.fromEntries(
    [...form.entries()].filter(([, value]) => typeof value === 'string'),
  ) as Record<string, string>;
  const fail = (fieldErrors: Record<string, ReturnType<typeof message>>) =>
    data<Result>({ ok: false, intent, values, fieldErrors }, { status: 400 });

  let value: Value;
  try {
    value = structuredClone(await currentValue(caller, tenantSlug));
  } catch (error) {
    return intentFailure(app, error, { intent, values });
  }
  let target: string | undefined;
  switch (intent) {
    case 'saveStages': {
      const errors: Record<string, ReturnType<typeof message>> = {};
      for (const kind of stageKinds) {
        const rule = readRule(form, `${kind}.`);
        if (rule.ok) value.stages[kind] = rule.deadline;
        else Object.assign(errors, rule.errors);
      }
      if (Object.keys(errors).length > 0) return fail(errors);
      break;
    }
    case 'addOverride': {
      const categoryId = values.categoryId ?? '';
      const stage = values.stage;
      const rule = readRule(form, '');
      if (!categoryId) return fail({ categoryId: message('form.error.required') });
      if (!isStageKind(stage)) return fail({ stage: message('form.error.invalidChoice') });
      if (!rule.ok) return fail(rule.errors);
      value.categoryOverrides[categoryId] = {
        ...value.categoryOverrides[categoryId],
        [stage]: rule.deadline,
      };
      break;
    }
    case 'removeOverride': {
      const categoryId = values.categoryId ?? '';
      const stage = values.stage;
      target = `${categoryId}:${stage}`;
      const overrides = value.categoryOverrides[categoryId];
      if (overrides && isStageKind(stage)) {
        delete overrides[stage];
        if (Object.keys(overrides).length === 0) delete value.categoryOverrides[categoryId];
      }
      break;
    }
  }
  const saved = await saveSetting<'stage_deadlines', string>(app, caller, {
    tenantSlug,
    key: 'stage_deadlines',
    value,
    baseVersion: baseVersionOf(form),
    values,
    issueField: (path) => {
      const stage = /^stages\.(\w+)\.(?:rule\.)?(amount|unit|warnDays)$/.exec(path);
      if (stage) return `${stage[1]}.${stage[2]}`;
      if (path.startsWith('categoryOverrides')) return 'categoryId';
      return undefined;
    },
  });
  if (!saved.ok)
    return data<Result>(
      { ...saved.failure, intent, ...(target ? { target } : {}) },
      { status: saved.status },
    );
  return {
    ok: true,
    intent,
    notice: message('settings.saved', { version: saved.version }),
    ...(target ? { target } : {}),
  } satisfies Result;
}

function RuleInputs({
  prefix,
  deadline,
  failure,
  context,
}: {
  prefix: string;
  deadline: StageDeadline | undefined;
  failure:
    | {
        values?: Partial<Record<string, string>>;
        fieldErrors?: Partial<Record<string, ReturnType<typeof message>>>;
      }
    | undefined;
  /** Read before each label by screen readers: the stage the inputs belong to. */
  context?: string;
}) {
  const t = useT();
  const value = (name: string, fallback: string) =>
    failure?.values?.[`${prefix}${name}`] ?? fallback;
  const label = (text: string) => (
    <>
      {context ? <span className="sr-only">{context} · </span> : null}
      {text}
    </>
  );
  return (
    <>
      <TextField
        label={label(t('settings.deadlines.amountLabel'))}
        name={`${prefix}amount`}
        inputMode="numeric"
        className="w-24"
        defaultValue={value('amount', String(deadline?.rule.amount ?? ''))}
        error={failure?.fieldErrors?.[`${prefix}amount`]}
      />
      <SelectField
        label={label(t('settings.deadlines.unitLabel'))}
        name={`${prefix}unit`}
        className="w-32"
        defaultValue={value('unit', deadline?.rule.unit ?? 'working_days')}
        error={failure?.fieldErrors?.[`${prefix}unit`]}
      >
        {deadlineUnits.map((unit: DeadlineUnit) => (
          <option key={unit} value={unit}>
            {t(unitKey(unit))}
          </option>
        ))}
      </SelectField>
      <TextField
        label={label(t('settings.deadlines.warnLabel'))}
        name={`${prefix}warnDays`}
        inputMode="numeric"
        className="w-28"
        defaultValue={value('warnDays', String(deadline?.warnDays ?? ''))}
        error={failure?.fieldErrors?.[`${prefix}warnDays`]}
      />
    </>
  );
}

function describeChange(t: Translate, change: ValueChange, categoryName: (id: string) => string) {
  const [area, first, second, third] = change.path;
  const show = (value: unknown): string => {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if ('rule' in record) {
        const deadline = record as unknown as StageDeadline;
        return `${formatRule(t, deadline.rule)}（${t('settings.deadlines.warnShort', { days: deadline.warnDays })}）`;
      }
      return Object.entries(record)
        .map(
          ([kind, deadline]) => `${isStageKind(kind) ? t(stageKey(kind)) : kind} ${show(deadline)}`,
        )
        .join('；');
    }
    if (typeof value === 'string' && (deadlineUnits as readonly string[]).includes(value))
      return t(unitKey(value as DeadlineUnit));
    return String(value);
  };
  if (area === 'stages' && isStageKind(first)) {
    const what =
      second === 'warnDays'
        ? t('settings.deadlines.warnLabel')
        : third === 'unit'
          ? t('settings.deadlines.unitLabel')
          : t('settings.deadlines.amountLabel');
    return (
      <FromTo
        label={`${t(stageKey(first))} · ${what}`}
        from={show(change.from)}
        to={show(change.to)}
      />
    );
  }
  if (area === 'categoryOverrides' && first) {
    const label = [categoryName(first), isStageKind(second) ? t(stageKey(second)) : null]
      .filter(Boolean)
      .join(' · ');
    return <FromTo label={label} from={show(change.from)} to={show(change.to)} />;
  }
  return <FromTo label={change.path.join('.')} from={show(change.from)} to={show(change.to)} />;
}

export default function DeadlinesSettings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useTenantData();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const { setting, editable, categories } = loaderData;
  const result = actionData as Result | undefined;
  const stagesFailure = failureOf(result, 'saveStages');
  const overrideFailure = failureOf(result, 'addOverride');
  const names = new Map(categories.map((category) => [category.id, category.name]));
  const categoryName = (id: string) => names.get(id) ?? t('settings.deadlines.unknownCategory');
  const overrides = Object.entries(setting.value.categoryOverrides).flatMap(
    ([categoryId, stages]) =>
      (Object.entries(stages) as [StageKind, StageDeadline][]).map(([stage, deadline]) => ({
        categoryId,
        stage,
        deadline,
      })),
  );
  return (
    <>
      <VersionInForce setting={setting} inForce={loaderData.inForce} kind={tenant.kind} />
      <Section title={t('settings.deadlines.stagesTitle')} id="stages">
        <Card>
          <p className="text-sm text-slate-600">{t('settings.deadlines.intro')}</p>
          <div className="mt-3 empty:hidden">
            <IntentNotice result={result} intent="saveStages" showFieldErrors={false} />
          </div>
          <Form method="post" className="mt-3" noValidate key={setting.version}>
            <input type="hidden" name="intent" value="saveStages" />
            <input type="hidden" name="baseVersion" value={loaderData.baseVersion} />
            <FormError error={stagesFailure?.formError} />
            <fieldset disabled={!editable}>
              <legend className="sr-only">{t('settings.deadlines.stagesTitle')}</legend>
              <div className="divide-y divide-slate-100" data-testid="stage-deadlines">
                {stageKinds.map((kind) => (
                  <div
                    key={kind}
                    className="grid gap-3 py-3 md:grid-cols-[minmax(12rem,1fr)_auto] md:items-start"
                  >
                    <div>
                      <p className="text-sm font-medium text-slate-900">{t(stageKey(kind))}</p>
                      <p className="text-xs text-slate-600">{t(stageHintKey(kind))}</p>
                    </div>
                    <div className="flex flex-wrap items-start gap-3">
                      <RuleInputs
                        prefix={`${kind}.`}
                        deadline={setting.value.stages[kind]}
                        failure={stagesFailure}
                        context={t(stageKey(kind))}
                      />
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
            {editable ? (
              <button type="submit" className={`${buttonClass.primary} mt-3`} disabled={busy}>
                {t('settings.save')}
              </button>
            ) : null}
          </Form>
        </Card>
      </Section>

      <Section title={t('settings.deadlines.overridesTitle')} id="overrides">
        <p className="mb-3 text-sm text-slate-600">{t('settings.deadlines.overridesIntro')}</p>
        <div className="mb-3 empty:hidden">
          <IntentNotice result={result} intent="removeOverride" />
        </div>
        {overrides.length === 0 ? (
          <EmptyState>{t('settings.deadlines.noOverrides')}</EmptyState>
        ) : (
          <Table label={t('settings.deadlines.overridesTitle')}>
            <TableHead
              columns={[
                t('settings.categories.name'),
                t('settings.deadlines.stage'),
                t('settings.deadlines.limit'),
                t('settings.deadlines.warnLabel'),
              ]}
              actions={editable}
            />
            <tbody className="divide-y divide-slate-100" data-testid="deadline-overrides">
              {overrides.map((override) => (
                <tr key={`${override.categoryId}:${override.stage}`}>
                  <td className={`${tdClass} font-medium`}>{categoryName(override.categoryId)}</td>
                  <td className={tdClass}>{t(stageKey(override.stage))}</td>
                  <td className={`${tdClass} tabular-nums`}>
                    {formatRule(t, override.deadline.rule)}
                  </td>
                  <td className={`${tdClass} tabular-nums`}>
                    {t('settings.deadlines.days', { days: override.deadline.warnDays })}
                  </td>
                  {editable ? (
                    <td className={`${tdClass} text-right`}>
                      <Form
                        method="post"
                        onSubmit={confirmSubmit(t('settings.deadlines.removeConfirm'))}
                      >
                        <input type="hidden" name="intent" value="removeOverride" />
                        <input type="hidden" name="baseVersion" value={loaderData.baseVersion} />
                        <input type="hidden" name="categoryId" value={override.categoryId} />
                        <input type="hidden" name="stage" value={override.stage} />
                        <button type="submit" className={buttonClass.smallDanger}>
                          {t('settings.deadlines.remove')}
                        </button>
                      </Form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {editable ? (
          <Card className="mt-4">
            <h3 className="text-base font-semibold">{t('settings.deadlines.addOverride')}</h3>
            <div className="mt-2 empty:hidden">
              <IntentNotice result={result} intent="addOverride" showFieldErrors={false} />
            </div>
            <Form
              method="post"
              className="mt-3 flex flex-wrap items-start gap-3"
              noValidate
              key={`override-${setting.version}`}
            >
              <input type="hidden" name="intent" value="addOverride" />
              <input type="hidden" name="baseVersion" value={loaderData.baseVersion} />
              <FormError error={overrideFailure?.formError} />
              <SelectField
                label={t('settings.categories.name')}
                name="categoryId"
                className="min-w-48"
                defaultValue={overrideFailure?.values?.categoryId ?? ''}
                error={overrideFailure?.fieldErrors?.categoryId}
              >
                <option value="">{t('settings.deadlines.chooseCategory')}</option>
                {categories
                  .filter((category) => !category.retired)
                  .map((category) => (
                    <option key={category.id} value={category.id}>
                      {category.name}
                    </option>
                  ))}
              </SelectField>
              <div>
                <label
                  htmlFor="override-stage"
                  className="block text-sm font-medium text-slate-800"
                >
                  {t('settings.deadlines.stage')}
                </label>
                <select
                  id="override-stage"
                  name="stage"
                  className={inputClass}
                  defaultValue={overrideFailure?.values?.stage ?? 'mediationConcluded'}
                >
                  {stageKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(stageKey(kind))}
                    </option>
                  ))}
                </select>
                <FieldMessage error={overrideFailure?.fieldErrors?.stage} />
              </div>
              <RuleInputs prefix="" deadline={undefined} failure={overrideFailure} />
              <div className="pt-6">
                <button type="submit" className={buttonClass.primary} disabled={busy}>
                  {t('settings.deadlines.addOverrideSubmit')}
                </button>
              </div>
            </Form>
          </Card>
        ) : null}
      </Section>

      <SettingHistory
        entries={loaderData.history}
        describeChange={(change) => describeChange(t, change, categoryName)}
      />
    </>
  );
}

export const ErrorBoundary = ChildErrorBoundary;
