// 中心设置: the departments stationed in the mediation centre (resident, visiting on a schedule,
// or called on demand) and its mediation rooms. Entries are switched off, never deleted:
// sessions keep pointing at the room they were held in.
import type { ReactNode } from 'react';
import { data, Form, Link, useNavigation } from 'react-router';
import { z } from 'zod';
import { EntryActions } from '../components/entry-actions.tsx';
import { CheckboxField } from '../components/fields.tsx';
import { buttonClass, FormError, SelectField, TextField } from '../components/form.tsx';
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
import { useT } from '../lib/i18n.ts';
import { intentFailure, readIntentForm } from '../lib/intent-form.server.ts';
import { type FormFailure, type Message, message } from '../lib/messages.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import { allows, useTenantData } from '../lib/tenant-data.ts';
import type { Route } from './+types/t.$tenantSlug.centre';

const presences = ['resident', 'visiting', 'on_demand'] as const;
type Presence = (typeof presences)[number];

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const [departments, rooms] = await Promise.all([
    guard(caller.centre.listDepartments({ tenantSlug })),
    guard(caller.centre.listRooms({ tenantSlug })),
  ]);
  const url = new URL(args.request.url);
  return {
    departments,
    rooms,
    editingDepartment: url.searchParams.get('department'),
    editingRoom: url.searchParams.get('room'),
  };
}

type Field = 'name' | 'presence' | 'schedule' | 'location' | 'capacity' | 'active';
type Result = IntentResult<Field>;

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || null);
const ZDepartmentForm = z.object({
  name: z.string().trim(),
  presence: z.enum(presences),
  schedule: optionalText,
  active: z.boolean(),
});
const ZRoomForm = z.object({
  name: z.string().trim(),
  location: optionalText,
  capacity: z
    .string()
    .trim()
    .transform((value, context) => {
      if (value === '') return null;
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1) {
        context.addIssue({ code: 'custom', message: 'NOT_A_CAPACITY' });
        return z.NEVER;
      }
      return number;
    }),
  active: z.boolean(),
});

const intents = [
  'createDepartment',
  'updateDepartment',
  'setDepartmentActive',
  'createRoom',
  'updateRoom',
  'setRoomActive',
] as const;

export async function action(args: Route.ActionArgs) {
  const { app, caller, tenantSlug } = await tenantRoute(args);
  const { form, intent, text } = await readIntentForm(args.request, intents);
  const id = text('id') || undefined;
  const values: Partial<Record<Field, string>> = {
    name: text('name'),
    presence: text('presence'),
    schedule: text('schedule'),
    location: text('location'),
    capacity: text('capacity'),
    active: form.get('active') ? 'on' : '',
  };
  const fail = (fieldErrors: Partial<Record<Field, Message>>) =>
    data<Result>(
      { ok: false, intent, values, fieldErrors, ...(id ? { target: id } : {}) },
      { status: 400 },
    );
  const done = (notice: Message, target = id): Result => ({
    ok: true,
    intent,
    notice,
    ...(target ? { target } : {}),
  });
  try {
    if (intent === 'createDepartment' || intent === 'updateDepartment') {
      const parsed = ZDepartmentForm.safeParse({
        ...values,
        active: values.active === 'on' || intent === 'createDepartment',
      });
      if (!parsed.success) return fail({ presence: message('form.error.invalidChoice') });
      if (intent === 'createDepartment') {
        const created = await caller.centre.createDepartment({ tenantSlug, ...parsed.data });
        return done(message('centre.departments.created', { name: parsed.data.name }), created.id);
      }
      await caller.centre.updateDepartment({ tenantSlug, departmentId: id ?? '', ...parsed.data });
      return done(message('centre.saved'));
    }
    if (intent === 'createRoom' || intent === 'updateRoom') {
      const parsed = ZRoomForm.safeParse({
        ...values,
        active: values.active === 'on' || intent === 'createRoom',
      });
      if (!parsed.success) return fail({ capacity: message('centre.rooms.capacityInvalid') });
      if (intent === 'createRoom') {
        const created = await caller.centre.createRoom({ tenantSlug, ...parsed.data });
        return done(message('centre.rooms.created', { name: parsed.data.name }), created.id);
      }
      await caller.centre.updateRoom({ tenantSlug, roomId: id ?? '', ...parsed.data });
      return done(message('centre.saved'));
    }
    const active = text('active') === 'true';
    if (intent === 'setDepartmentActive')
      await caller.centre.updateDepartment({ tenantSlug, departmentId: id ?? '', active });
    else await caller.centre.updateRoom({ tenantSlug, roomId: id ?? '', active });
    return done(message(active ? 'centre.switchedOn' : 'centre.switchedOff'));
  } catch (error) {
    return intentFailure<Field>(app, error, {
      intent,
      target: id,
      values,
      reasonFields: { NAME_TAKEN: 'name' },
    });
  }
}

function presenceKey(presence: Presence) {
  return `centre.presence.${presence}` as const;
}

/**
 * How the centre's two lists name things: in intents (`createRoom`), in the address of the entry
 * being edited (`?room=`) and in catalog keys (`centre.rooms.title`).
 */
const lists = {
  department: { intentName: 'Department', keys: 'departments' },
  room: { intentName: 'Room', keys: 'rooms' },
} as const;
type List = keyof typeof lists;

interface Entry {
  id: string;
  name: string;
  active: boolean;
}

/** One of the centre's lists: its entries, their status and buttons, and the add or edit form. */
function CentreList<E extends Entry>({
  list,
  entries,
  editingId,
  result,
  columns,
  cells,
  fields,
}: {
  list: List;
  entries: E[];
  editingId: string | null;
  result: Result | undefined;
  /** The list's own columns, between the name and the status. */
  columns: string[];
  cells: (entry: E) => ReactNode;
  /** The form's own inputs, between the name and the in-service box. */
  fields: (entry: E | undefined, failure: FormFailure<Field> | undefined) => ReactNode;
}) {
  const t = useT();
  const tenantData = useTenantData();
  const canManage = allows(tenantData, 'town:manage') && tenantData.tenant.active;
  const base = `/t/${tenantData.tenant.slug}/centre`;
  const { intentName, keys } = lists[list];
  const editing = entries.find((entry) => entry.id === editingId);
  const created = result?.ok && result.intent === `create${intentName}` ? result.target : undefined;
  return (
    <Section title={t(`centre.${keys}.title`)} id={keys}>
      <p className="mb-3 text-sm text-slate-600">{t(`centre.${keys}.intro`)}</p>
      {entries.length === 0 ? (
        <EmptyState>{t(`centre.${keys}.empty`)}</EmptyState>
      ) : (
        <Table label={t(`centre.${keys}.title`)}>
          <TableHead
            columns={[t(`centre.${keys}.name`), ...columns, t('settings.status')]}
            actions={canManage}
          />
          <tbody className="divide-y divide-slate-100" data-testid={`${keys}-table`}>
            {entries.map((entry) => (
              <tr
                key={entry.id}
                className={entry.active ? undefined : 'bg-slate-50 text-slate-500'}
              >
                <td className={`${tdClass} font-medium`}>{entry.name}</td>
                {cells(entry)}
                <td className={`${tdClass} whitespace-nowrap`}>
                  <Badge tone={entry.active ? 'neutral' : 'muted'}>
                    {entry.active ? t('centre.inService') : t('centre.outOfService')}
                  </Badge>
                </td>
                {canManage ? (
                  <td className={tdClass}>
                    <EntryActions
                      editTo={`${base}?${list}=${entry.id}`}
                      editText={t('settings.edit')}
                      editLabel={t('settings.editLabel', { name: entry.name })}
                      action={base}
                      fields={{
                        intent: `set${intentName}Active`,
                        id: entry.id,
                        active: entry.active ? 'false' : 'true',
                      }}
                      switchesOff={entry.active}
                      switchText={entry.active ? t('centre.switchOff') : t('centre.switchOn')}
                      switchLabel={t(
                        entry.active ? 'centre.switchOffLabel' : 'centre.switchOnLabel',
                        { name: entry.name },
                      )}
                    />
                    <div className="mt-1 empty:hidden">
                      <IntentNotice
                        result={result}
                        intent={[`set${intentName}Active`, `update${intentName}`]}
                        target={entry.id}
                      />
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {canManage ? (
        <Card className="mt-4">
          <h3 className="mb-3 text-base font-semibold" id={`${list}-form`}>
            {editing
              ? t(`centre.${keys}.editTitle`, { name: editing.name })
              : t(`centre.${keys}.addTitle`)}
          </h3>
          {editing ? null : (
            <div className="mb-3 empty:hidden">
              <IntentNotice
                result={result}
                intent={`create${intentName}`}
                showFieldErrors={false}
              />
            </div>
          )}
          <EntryForm
            key={editing?.id ?? created ?? `new-${list}`}
            list={list}
            entry={editing}
            result={result}
            fields={fields}
          />
        </Card>
      ) : null}
    </Section>
  );
}

function EntryForm<E extends Entry>({
  list,
  entry,
  result,
  fields,
}: {
  list: List;
  entry: E | undefined;
  result: Result | undefined;
  fields: (entry: E | undefined, failure: FormFailure<Field> | undefined) => ReactNode;
}) {
  const t = useT();
  const { tenant } = useTenantData();
  const busy = useNavigation().state === 'submitting';
  const base = `/t/${tenant.slug}/centre`;
  const { intentName, keys } = lists[list];
  const intent = entry ? `update${intentName}` : `create${intentName}`;
  const failure = failureOf(result, intent, entry?.id);
  return (
    <Form
      method="post"
      action={entry ? `${base}?${list}=${entry.id}` : base}
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-start"
      noValidate
    >
      <input type="hidden" name="intent" value={intent} />
      {entry ? <input type="hidden" name="id" value={entry.id} /> : null}
      <div className="sm:col-span-2 lg:col-span-4 empty:hidden">
        <FormError error={failure?.formError} />
      </div>
      <TextField
        label={t(`centre.${keys}.name`)}
        hint={entry ? undefined : t(`centre.${keys}.nameHint`)}
        name="name"
        maxLength={40}
        required
        defaultValue={failure?.values?.name ?? entry?.name ?? ''}
        error={failure?.fieldErrors?.name}
      />
      {fields(entry, failure)}
      <div className="flex flex-wrap items-center gap-2 lg:pt-6">
        {entry ? (
          <CheckboxField
            name="active"
            label={t('centre.inService')}
            defaultChecked={failure ? failure.values?.active === 'on' : entry.active}
          />
        ) : null}
        <button type="submit" className={buttonClass.primary} disabled={busy}>
          {entry ? t('settings.save') : t(`centre.${keys}.add`)}
        </button>
        {entry ? (
          <Link to={base} className={buttonClass.secondary}>
            {t('settings.cancel')}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

export default function Centre({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useTenantData();
  const result = actionData as Result | undefined;
  return (
    <>
      <PageHeader
        title={t('centre.title')}
        description={t('centre.intro', { name: tenant.name })}
      />
      <CentreList
        list="department"
        entries={loaderData.departments}
        editingId={loaderData.editingDepartment}
        result={result}
        columns={[t('centre.departments.presence'), t('centre.departments.schedule')]}
        cells={(entry) => (
          <>
            <td className={`${tdClass} whitespace-nowrap`}>{t(presenceKey(entry.presence))}</td>
            <td className={tdClass}>{entry.schedule ?? '—'}</td>
          </>
        )}
        fields={(entry, failure) => (
          <>
            <SelectField
              label={t('centre.departments.presence')}
              name="presence"
              defaultValue={failure?.values?.presence ?? entry?.presence ?? 'resident'}
              error={failure?.fieldErrors?.presence}
            >
              {presences.map((presence) => (
                <option key={presence} value={presence}>
                  {t(presenceKey(presence))}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('centre.departments.schedule')}
              hint={t('centre.departments.scheduleHint')}
              name="schedule"
              maxLength={100}
              defaultValue={failure?.values?.schedule ?? entry?.schedule ?? ''}
              error={failure?.fieldErrors?.schedule}
            />
          </>
        )}
      />
      <CentreList
        list="room"
        entries={loaderData.rooms}
        editingId={loaderData.editingRoom}
        result={result}
        columns={[t('centre.rooms.location'), t('centre.rooms.capacity')]}
        cells={(entry) => (
          <>
            <td className={tdClass}>{entry.location ?? '—'}</td>
            <td className={`${tdClass} tabular-nums`}>
              {entry.capacity === null ? '—' : t('centre.rooms.seats', { count: entry.capacity })}
            </td>
          </>
        )}
        fields={(entry, failure) => (
          <>
            <TextField
              label={t('centre.rooms.location')}
              name="location"
              maxLength={100}
              defaultValue={failure?.values?.location ?? entry?.location ?? ''}
              error={failure?.fieldErrors?.location}
            />
            <TextField
              label={t('centre.rooms.capacity')}
              name="capacity"
              inputMode="numeric"
              defaultValue={failure?.values?.capacity ?? String(entry?.capacity ?? '')}
              error={failure?.fieldErrors?.capacity}
            />
          </>
        )}
      />
    </>
  );
}

export const ErrorBoundary = ChildErrorBoundary;
