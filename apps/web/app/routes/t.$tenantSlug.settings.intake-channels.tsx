// 受理渠道: which intake channels the registration form offers (at least one).
import { data, Form, useNavigation } from 'react-router';
import { z } from 'zod';
import { CheckboxField, FieldMessage } from '../components/fields.tsx';
import { buttonClass, FormError, Notice } from '../components/form.tsx';
import { Card, ChildErrorBoundary, Section } from '../components/page.tsx';
import { FromTo, SettingHistory, VersionInForce } from '../components/setting-history.tsx';
import { useT } from '../lib/i18n.ts';
import {
  type IntakeChannel,
  intakeChannelKey,
  intakeChannels,
  isIntakeChannel,
} from '../lib/intake-channels.ts';
import { type FormFailure, type Message, message } from '../lib/messages.ts';
import type { ValueChange } from '../lib/setting-diff.ts';
import { baseVersionOf, canEditSetting, loadSetting, saveSetting } from '../lib/settings.server.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import { useTenantData } from '../lib/tenant-data.ts';
import type { Route } from './+types/t.$tenantSlug.settings.intake-channels';

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const current = await guard(caller.tenant.current({ tenantSlug }));
  const loaded = await loadSetting(caller, guard, {
    tenantSlug,
    key: 'intake_channels',
    kind: current.tenant.kind,
  });
  return { ...loaded, editable: canEditSetting(current, loaded.setting) };
}

type Field = 'enabled';
type ActionResult = { ok: true; notice: Message } | (FormFailure<Field> & { chosen: string[] });

const ZChannelsForm = z.object({
  enabled: z.array(z.string().refine(isIntakeChannel)).min(1),
});

export async function action(args: Route.ActionArgs) {
  const { app, caller, tenantSlug } = await tenantRoute(args);
  const form = await args.request.formData();
  const chosen = form.getAll('enabled').map(String);
  const parsed = ZChannelsForm.safeParse({ enabled: chosen });
  if (!parsed.success)
    return data<ActionResult>(
      {
        ok: false,
        chosen,
        fieldErrors: {
          enabled: message(
            chosen.length === 0 ? 'settings.channels.atLeastOne' : 'form.error.invalidChoice',
          ),
        },
      },
      { status: 400 },
    );
  // Stored in the order the form lists them, whatever order the browser sent.
  const enabled = intakeChannels.filter((channel) => parsed.data.enabled.includes(channel));
  const saved = await saveSetting<'intake_channels', Field>(app, caller, {
    tenantSlug,
    key: 'intake_channels',
    value: { enabled },
    baseVersion: baseVersionOf(form),
    issueField: (path) => (path.startsWith('enabled') ? 'enabled' : undefined),
  });
  if (!saved.ok) return data<ActionResult>({ ...saved.failure, chosen }, { status: saved.status });
  return {
    ok: true,
    notice: message('settings.saved', { version: saved.version }),
  } satisfies ActionResult;
}

export default function IntakeChannelsSettings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useTenantData();
  const navigation = useNavigation();
  const { setting, editable } = loaderData;
  const result = actionData as ActionResult | undefined;
  const failure = result && !result.ok ? result : undefined;
  const enabled = new Set<string>(failure?.chosen ?? setting.value.enabled);
  const names = (value: unknown) =>
    Array.isArray(value)
      ? value
          .filter(isIntakeChannel)
          .map((channel: IntakeChannel) => t(intakeChannelKey(channel)))
          .join('、') || '—'
      : '—';
  const describe = (change: ValueChange) => (
    <FromTo
      label={t('settings.channels.enabled')}
      from={names(change.from)}
      to={names(change.to)}
    />
  );
  return (
    <>
      <VersionInForce setting={setting} inForce={loaderData.inForce} kind={tenant.kind} />
      <Section title={t('settings.channels.title')} id="channels">
        <Card>
          <p className="text-sm text-slate-600">{t('settings.channels.intro')}</p>
          {result?.ok ? (
            <div className="mt-4">
              <Notice>{t(result.notice.key, result.notice.params)}</Notice>
            </div>
          ) : null}
          <Form method="post" className="mt-4 space-y-4" noValidate key={setting.version}>
            <input type="hidden" name="baseVersion" value={loaderData.baseVersion} />
            <FormError error={failure?.formError} />
            <fieldset
              aria-describedby={failure?.fieldErrors?.enabled ? 'channels-error' : undefined}
              disabled={!editable}
            >
              <legend className="text-sm font-medium text-slate-800">
                {t('settings.channels.enabled')}
              </legend>
              <div className="mt-2 grid gap-1 sm:grid-cols-2 lg:grid-cols-3" data-testid="channels">
                {intakeChannels.map((channel) => (
                  <CheckboxField
                    key={channel}
                    name="enabled"
                    value={channel}
                    label={t(intakeChannelKey(channel))}
                    defaultChecked={enabled.has(channel)}
                  />
                ))}
              </div>
              <FieldMessage error={failure?.fieldErrors?.enabled} id="channels-error" />
            </fieldset>
            {editable ? (
              <button
                type="submit"
                className={buttonClass.primary}
                disabled={navigation.state === 'submitting'}
              >
                {t('settings.save')}
              </button>
            ) : null}
          </Form>
        </Card>
      </Section>
      <SettingHistory entries={loaderData.history} describeChange={describe} />
    </>
  );
}

export const ErrorBoundary = ChildErrorBoundary;
