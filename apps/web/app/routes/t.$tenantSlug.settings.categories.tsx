// 纠纷类型 and 行业性专业性调解委员会: the national types and the county's local ones (each under
// a national parent), their default handling tier and committee; the committees themselves.
// Nothing is deleted: a retired type or committee stays on old cases and can be restored.
import type { Translate } from '@concord/i18n';
import { data, Form, Link, useNavigation } from 'react-router';
import { z } from 'zod';
import { EntryActions } from '../components/entry-actions.tsx';
import { buttonClass, FormError, SelectField, TextField } from '../components/form.tsx';
import { IntentNotice } from '../components/intent-notice.tsx';
import {
  Badge,
  Card,
  ChildErrorBoundary,
  EmptyState,
  Section,
  Table,
  TableHead,
  tdClass,
} from '../components/page.tsx';
import { ChangeLog } from '../components/setting-history.tsx';
import { failureOf, type IntentResult } from '../lib/action-result.ts';
import { countyChanges } from '../lib/county-changes.server.ts';
import { formatDateTime } from '../lib/format.ts';
import { useLocale, useT } from '../lib/i18n.ts';
import { intentFailure, readIntentForm } from '../lib/intent-form.server.ts';
import { isMessageKey, message } from '../lib/messages.ts';
import { loadSetting } from '../lib/settings.server.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import { allows, useTenantData } from '../lib/tenant-data.ts';
import type { ChangeEntry } from '../lib/tenant-history.server.ts';
import { type Tiers, tierName } from '../lib/tiers.ts';
import type { Route } from './+types/t.$tenantSlug.settings.categories';

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const current = await guard(caller.tenant.current({ tenantSlug }));
  const [categories, committees, tiers, changes] = await Promise.all([
    guard(caller.category.list({ tenantSlug })),
    guard(caller.committee.list({ tenantSlug })),
    loadSetting(caller, guard, { tenantSlug, key: 'tiers', kind: current.tenant.kind }),
    guard(countyChanges(caller, { tenantSlug, current, prefixes: ['category.', 'committee.'] })),
  ]);
  const url = new URL(args.request.url);
  return {
    categories,
    committees,
    tiers: tiers.setting.value,
    changes,
    lastReviewed: changes?.find((entry) => entry.action === 'category.list_reviewed') ?? null,
    editing: url.searchParams.get('edit'),
    editingCommittee: url.searchParams.get('editCommittee'),
  };
}

type Field = 'name' | 'nationalCode' | 'defaultTierLevel' | 'committeeId';
type Result = IntentResult<Field>;

const ZCategoryForm = z.object({
  name: z.string().trim(),
  defaultTierLevel: z.coerce.number().int(),
  committeeId: z
    .string()
    .trim()
    .transform((value) => value || null),
});

const intents = [
  'createCategory',
  'updateCategory',
  'retireCategory',
  'restoreCategory',
  'markReviewed',
  'createCommittee',
  'renameCommittee',
  'retireCommittee',
  'restoreCommittee',
] as const;

export async function action(args: Route.ActionArgs) {
  const { app, caller, tenantSlug } = await tenantRoute(args);
  const { intent, text } = await readIntentForm(args.request, intents);
  const target = text('categoryId') || text('committeeId') || undefined;
  const values: Partial<Record<Field, string>> = {
    name: text('name'),
    nationalCode: text('nationalCode'),
    defaultTierLevel: text('defaultTierLevel'),
    committeeId: text('committeeId'),
  };
  const ok = (notice: Parameters<typeof message>[0], created?: string): Result => ({
    ok: true,
    intent,
    notice: message(notice),
    ...((created ?? target) ? { target: created ?? target } : {}),
  });
  try {
    switch (intent) {
      case 'createCategory': {
        const parsed = ZCategoryForm.parse(values);
        const created = await caller.category.create({
          tenantSlug,
          name: parsed.name,
          nationalCode: values.nationalCode ?? '',
          defaultTierLevel: parsed.defaultTierLevel,
          committeeId: parsed.committeeId,
        });
        return ok('settings.categories.created', created.categoryId);
      }
      case 'updateCategory': {
        const categoryId = text('categoryId');
        const parsed = ZCategoryForm.parse(values);
        if (parsed.name !== text('previousName'))
          await caller.category.rename({ tenantSlug, categoryId, name: parsed.name });
        await caller.category.setDefaults({
          tenantSlug,
          categoryId,
          defaultTierLevel: parsed.defaultTierLevel,
          committeeId: parsed.committeeId,
        });
        return ok('settings.categories.updated');
      }
      case 'retireCategory':
        await caller.category.retire({ tenantSlug, categoryId: text('categoryId') });
        return ok('settings.categories.retired');
      case 'restoreCategory':
        await caller.category.restore({ tenantSlug, categoryId: text('categoryId') });
        return ok('settings.categories.restored');
      case 'markReviewed':
        await caller.category.markReviewed({ tenantSlug });
        return ok('settings.categories.reviewed');
      case 'createCommittee': {
        const created = await caller.committee.create({ tenantSlug, name: values.name ?? '' });
        return ok('settings.committees.created', created.committeeId);
      }
      case 'renameCommittee':
        await caller.committee.rename({
          tenantSlug,
          committeeId: text('committeeId'),
          name: values.name ?? '',
        });
        return ok('settings.committees.renamed');
      case 'retireCommittee':
        await caller.committee.retire({ tenantSlug, committeeId: text('committeeId') });
        return ok('settings.committees.retired');
      case 'restoreCommittee':
        await caller.committee.restore({ tenantSlug, committeeId: text('committeeId') });
        return ok('settings.committees.restored');
    }
  } catch (error) {
    if (error instanceof z.ZodError)
      return data<Result>(
        {
          ok: false,
          intent,
          values,
          fieldErrors: { defaultTierLevel: message('form.error.invalidChoice') },
        },
        { status: 400 },
      );
    return intentFailure<Field>(app, error, {
      intent,
      target,
      values,
      reasonFields: {
        NAME_TAKEN: 'name',
        UNKNOWN_NATIONAL_CODE: 'nationalCode',
        PARENT_RETIRED: 'nationalCode',
        COMMITTEE_RETIRED: 'committeeId',
      },
    });
  }
}

type Category = Route.ComponentProps['loaderData']['categories'][number];
type Committee = Route.ComponentProps['loaderData']['committees'][number];

function TierOptions({ tiers }: { tiers: Tiers }) {
  const t = useT();
  return (
    <>
      {[1, 2, 3].map((level) => (
        <option key={level} value={level}>
          {tierName(tiers, level, t)}
        </option>
      ))}
    </>
  );
}

function CommitteeOptions({
  committees,
  selected,
}: {
  committees: Committee[];
  selected: string | null;
}) {
  const t = useT();
  return (
    <>
      <option value="">{t('settings.categories.noCommittee')}</option>
      {committees
        .filter((committee) => !committee.retired || committee.id === selected)
        .map((committee) => (
          <option key={committee.id} value={committee.id}>
            {committee.retired
              ? t('settings.retiredSuffix', { name: committee.name })
              : committee.name}
          </option>
        ))}
    </>
  );
}

function RetiredBadge({ retired }: { retired: boolean }) {
  const t = useT();
  return retired ? (
    <Badge tone="muted">{t('settings.retired')}</Badge>
  ) : (
    <Badge tone="neutral">{t('settings.inUse')}</Badge>
  );
}

/** The row switch of a type or committee: retire it, or restore a retired one. */
function retireSwitch(t: Translate, entry: { name: string; retired: boolean }) {
  return {
    switchesOff: !entry.retired,
    switchText: entry.retired ? t('settings.restore') : t('settings.retire'),
    switchLabel: t(entry.retired ? 'settings.restoreLabel' : 'settings.retireLabel', {
      name: entry.name,
    }),
  };
}

function describeChange(t: Translate, entry: ChangeEntry): string {
  const name = typeof entry.detail.name === 'string' ? entry.detail.name : '';
  const changes = entry.detail.changes as Record<string, { to?: unknown }> | undefined;
  const renamedTo = typeof changes?.name?.to === 'string' ? changes.name.to : null;
  const key = `settings.categories.log.${entry.action}`;
  return isMessageKey(key)
    ? t(key, { name: renamedTo ? `${name} → ${renamedTo}` : name })
    : entry.action;
}

export default function CategoriesSettings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const data = useTenantData();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const editable = data.tenant.kind === 'county' && allows(data, 'tenant:configure');
  const result = actionData as Result | undefined;
  const { categories, committees, tiers } = loaderData;
  const national = categories.filter((category) => category.origin === 'national');
  const localOf = (code: string) =>
    categories.filter((category) => category.origin === 'local' && category.nationalCode === code);
  const editing = categories.find((category) => category.id === loaderData.editing);
  const editingCommittee = committees.find(
    (committee) => committee.id === loaderData.editingCommittee,
  );
  const createFailure = failureOf(result, 'createCategory');
  const updateFailure = failureOf(result, 'updateCategory', editing?.id);
  const committeeCreateFailure = failureOf(result, 'createCommittee');
  const committeeRenameFailure = failureOf(result, 'renameCommittee', editingCommittee?.id);
  const listVersion = national[0]?.listVersion ?? '—';
  const base = `/t/${data.tenant.slug}/settings/categories`;

  const row = (category: Category, child: boolean) => (
    <tr key={category.id} className={category.retired ? 'bg-slate-50 text-slate-500' : undefined}>
      <td className={`${tdClass} ${child ? 'pl-8 sm:pl-10' : 'font-medium'}`}>
        {child ? (
          <span aria-hidden="true" className="mr-1 text-slate-400">
            ↳
          </span>
        ) : null}
        {category.name}
      </td>
      <td className={`${tdClass} whitespace-nowrap`}>
        {category.origin === 'national'
          ? t('settings.categories.national')
          : t('settings.categories.localUnder', { parent: category.nationalName ?? '—' })}
      </td>
      <td className={`${tdClass} whitespace-nowrap`}>
        {tierName(tiers, category.defaultTierLevel, t)}
      </td>
      <td className={tdClass}>
        {category.committeeName ? (
          <>
            {category.committeeName}
            {category.committeeRetired ? (
              <span className="ml-1 text-xs text-slate-500">{t('settings.retired')}</span>
            ) : null}
          </>
        ) : (
          <span className="text-slate-400">—</span>
        )}
      </td>
      <td className={`${tdClass} whitespace-nowrap`}>
        <RetiredBadge retired={category.retired} />
      </td>
      {editable ? (
        <td className={`${tdClass} whitespace-nowrap text-right`}>
          <EntryActions
            editTo={`${base}?edit=${category.id}#edit-category`}
            editText={t('settings.edit')}
            editLabel={t('settings.editLabel', { name: category.name })}
            fields={{
              intent: category.retired ? 'restoreCategory' : 'retireCategory',
              categoryId: category.id,
            }}
            {...retireSwitch(t, category)}
            confirm={t('settings.categories.retireConfirm', { name: category.name })}
          />
          <div className="mt-1 text-left empty:hidden">
            <IntentNotice
              result={result}
              intent={['retireCategory', 'restoreCategory', 'updateCategory']}
              target={category.id}
            />
          </div>
        </td>
      ) : null}
    </tr>
  );

  return (
    <>
      <div
        className="mb-5 flex flex-wrap items-center gap-2 text-sm text-slate-700"
        data-testid="version-in-force"
      >
        <Badge tone="brand">{listVersion}</Badge>
        <span>{t('settings.categories.listVersion', { count: national.length })}</span>
        {loaderData.lastReviewed ? (
          <span className="text-slate-600">
            {t('settings.categories.lastReviewed', {
              date: formatDateTime(locale, loaderData.lastReviewed.at),
              name: loaderData.lastReviewed.actor ?? t('audit.system'),
            })}
          </span>
        ) : null}
      </div>

      <Section
        title={t('settings.categories.title')}
        id="categories"
        actions={
          editable ? (
            <Form method="post" className="flex items-center gap-2">
              <input type="hidden" name="intent" value="markReviewed" />
              <button type="submit" className={buttonClass.secondary} disabled={busy}>
                {t('settings.categories.markReviewed')}
              </button>
            </Form>
          ) : null
        }
      >
        <p className="mb-3 text-sm text-slate-600">{t('settings.categories.intro')}</p>
        <div className="mb-3 empty:hidden">
          <IntentNotice result={result} intent="markReviewed" />
        </div>
        <Table label={t('settings.categories.title')}>
          <TableHead
            columns={[
              t('settings.categories.name'),
              t('settings.categories.origin'),
              t('settings.categories.defaultTier'),
              t('settings.categories.committee'),
              t('settings.status'),
            ]}
            actions={editable}
          />
          <tbody className="divide-y divide-slate-100" data-testid="categories-table">
            {national.flatMap((category) => [
              row(category, false),
              ...localOf(category.nationalCode).map((local) => row(local, true)),
            ])}
          </tbody>
        </Table>
      </Section>

      {editable && editing ? (
        <Section
          title={t('settings.categories.editTitle', { name: editing.name })}
          id="edit-category"
        >
          <Card>
            <Form
              method="post"
              action={`${base}?edit=${editing.id}`}
              className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-start"
              noValidate
              key={editing.id}
            >
              <input type="hidden" name="intent" value="updateCategory" />
              <input type="hidden" name="categoryId" value={editing.id} />
              <input type="hidden" name="previousName" value={editing.name} />
              <div className="sm:col-span-2 lg:col-span-4 empty:hidden">
                <FormError error={updateFailure?.formError} />
              </div>
              <TextField
                label={t('settings.categories.name')}
                name="name"
                maxLength={40}
                required
                defaultValue={updateFailure?.values?.name ?? editing.name}
                error={updateFailure?.fieldErrors?.name}
              />
              <SelectField
                label={t('settings.categories.defaultTier')}
                name="defaultTierLevel"
                defaultValue={
                  updateFailure?.values?.defaultTierLevel ?? String(editing.defaultTierLevel)
                }
                error={updateFailure?.fieldErrors?.defaultTierLevel}
              >
                <TierOptions tiers={tiers} />
              </SelectField>
              <SelectField
                label={t('settings.categories.committee')}
                name="committeeId"
                defaultValue={updateFailure?.values?.committeeId ?? editing.committeeId ?? ''}
                error={updateFailure?.fieldErrors?.committeeId}
              >
                <CommitteeOptions committees={committees} selected={editing.committeeId} />
              </SelectField>
              <div className="flex gap-2 lg:pt-6">
                <button type="submit" className={buttonClass.primary} disabled={busy}>
                  {t('settings.save')}
                </button>
                <Link to={base} className={buttonClass.secondary}>
                  {t('settings.cancel')}
                </Link>
              </div>
            </Form>
          </Card>
        </Section>
      ) : null}

      {editable ? (
        <Section title={t('settings.categories.addTitle')} id="add-category">
          <Card>
            <p className="mb-4 text-sm text-slate-600">{t('settings.categories.addIntro')}</p>
            <IntentNotice result={result} intent="createCategory" showFieldErrors={false} />
            <Form
              method="post"
              action={base}
              className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-start"
              noValidate
              key={result?.ok && result.intent === 'createCategory' ? result.target : 'form'}
            >
              <input type="hidden" name="intent" value="createCategory" />
              <TextField
                label={t('settings.categories.localName')}
                name="name"
                maxLength={40}
                required
                defaultValue={createFailure?.values?.name ?? ''}
                error={createFailure?.fieldErrors?.name}
              />
              <SelectField
                label={t('settings.categories.parent')}
                name="nationalCode"
                defaultValue={createFailure?.values?.nationalCode ?? national[0]?.nationalCode}
                error={createFailure?.fieldErrors?.nationalCode}
              >
                {national
                  .filter((category) => !category.retired)
                  .map((category) => (
                    <option key={category.id} value={category.nationalCode}>
                      {category.name}
                    </option>
                  ))}
              </SelectField>
              <SelectField
                label={t('settings.categories.defaultTier')}
                name="defaultTierLevel"
                defaultValue={createFailure?.values?.defaultTierLevel ?? '3'}
                error={createFailure?.fieldErrors?.defaultTierLevel}
              >
                <TierOptions tiers={tiers} />
              </SelectField>
              <SelectField
                label={t('settings.categories.committee')}
                name="committeeId"
                defaultValue={createFailure?.values?.committeeId ?? ''}
                error={createFailure?.fieldErrors?.committeeId}
              >
                <CommitteeOptions committees={committees} selected={null} />
              </SelectField>
              <div className="lg:pt-6">
                <button type="submit" className={`${buttonClass.primary} w-full`} disabled={busy}>
                  {t('settings.categories.add')}
                </button>
              </div>
            </Form>
          </Card>
        </Section>
      ) : null}

      <Section title={t('settings.committees.title')} id="committees">
        <p className="mb-3 text-sm text-slate-600">{t('settings.committees.intro')}</p>
        {committees.length === 0 ? (
          <EmptyState>{t('settings.committees.empty')}</EmptyState>
        ) : (
          <Table label={t('settings.committees.title')}>
            <TableHead
              columns={[
                t('settings.committees.name'),
                t('settings.committees.categories'),
                t('settings.status'),
              ]}
              actions={editable}
            />
            <tbody className="divide-y divide-slate-100" data-testid="committees-table">
              {committees.map((committee) => (
                <tr
                  key={committee.id}
                  className={committee.retired ? 'bg-slate-50 text-slate-500' : undefined}
                >
                  <td className={`${tdClass} font-medium`}>{committee.name}</td>
                  <td className={`${tdClass} tabular-nums`}>{committee.categories}</td>
                  <td className={`${tdClass} whitespace-nowrap`}>
                    <RetiredBadge retired={committee.retired} />
                  </td>
                  {editable ? (
                    <td className={`${tdClass} whitespace-nowrap text-right`}>
                      <EntryActions
                        editTo={`${base}?editCommittee=${committee.id}#edit-committee`}
                        editText={t('settings.committees.rename')}
                        editLabel={t('settings.committees.renameLabel', { name: committee.name })}
                        action={base}
                        fields={{
                          intent: committee.retired ? 'restoreCommittee' : 'retireCommittee',
                          committeeId: committee.id,
                        }}
                        {...retireSwitch(t, committee)}
                        confirm={t('settings.committees.retireConfirm', { name: committee.name })}
                      />
                      <div className="mt-1 text-left whitespace-normal empty:hidden">
                        <IntentNotice
                          result={result}
                          intent={['retireCommittee', 'restoreCommittee', 'renameCommittee']}
                          target={committee.id}
                        />
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {editable && editingCommittee ? (
          <Card className="mt-4">
            <h3 className="text-base font-semibold" id="edit-committee">
              {t('settings.committees.renameTitle', { name: editingCommittee.name })}
            </h3>
            <Form
              method="post"
              action={`${base}?editCommittee=${editingCommittee.id}`}
              className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-start"
              noValidate
              key={editingCommittee.id}
            >
              <input type="hidden" name="intent" value="renameCommittee" />
              <input type="hidden" name="committeeId" value={editingCommittee.id} />
              <TextField
                className="min-w-0 flex-1"
                label={t('settings.committees.name')}
                name="name"
                maxLength={40}
                required
                defaultValue={committeeRenameFailure?.values?.name ?? editingCommittee.name}
                error={committeeRenameFailure?.fieldErrors?.name}
              />
              <div className="flex gap-2 sm:pt-6">
                <button type="submit" className={buttonClass.primary} disabled={busy}>
                  {t('settings.save')}
                </button>
                <Link to={`${base}#committees`} className={buttonClass.secondary}>
                  {t('settings.cancel')}
                </Link>
              </div>
            </Form>
          </Card>
        ) : null}
        {editable ? (
          <Card className="mt-4">
            <h3 className="text-base font-semibold">{t('settings.committees.addTitle')}</h3>
            <div className="mt-2 empty:hidden">
              <IntentNotice result={result} intent="createCommittee" showFieldErrors={false} />
            </div>
            <Form
              method="post"
              action={base}
              className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-start"
              noValidate
              key={result?.ok && result.intent === 'createCommittee' ? result.target : 'form'}
            >
              <input type="hidden" name="intent" value="createCommittee" />
              <TextField
                className="min-w-0 flex-1"
                label={t('settings.committees.name')}
                hint={t('settings.committees.nameHint')}
                name="name"
                maxLength={40}
                required
                defaultValue={committeeCreateFailure?.values?.name ?? ''}
                error={committeeCreateFailure?.fieldErrors?.name}
              />
              <div className="sm:pt-6">
                <button type="submit" className={buttonClass.primary} disabled={busy}>
                  {t('settings.committees.add')}
                </button>
              </div>
            </Form>
          </Card>
        ) : null}
      </Section>

      <ChangeLog entries={loaderData.changes} describeEntry={(entry) => describeChange(t, entry)} />
    </>
  );
}

export const ErrorBoundary = ChildErrorBoundary;
