// 中心设置: the departments stationed in the mediation centre (resident, visiting on a schedule,
// or called on demand) and its mediation rooms. Entries are switched off, never deleted:
// sessions keep pointing at the room they were held in.
import { data, Form, Link, useNavigation } from 'react-router';
import { z } from 'zod';
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
  tdClass,
  thClass,
} from '../components/page.tsx';
import { appContext } from '../context.server.ts';
import { failureOf, type IntentResult } from '../lib/action-result.ts';
import { failureStatus, formFailure } from '../lib/api-errors.server.ts';
import { useT } from '../lib/i18n.ts';
import { type Message, message } from '../lib/messages.ts';
import { tenantRequest } from '../lib/tenant.server.ts';
import { allows, useTenantData } from '../lib/tenant-data.ts';
import type { Route } from './+types/t.$tenantSlug.centre';

const presences = ['resident', 'visiting', 'on_demand'] as const;
type Presence = (typeof presences)[number];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const app = context.get(appContext);
  const { caller, guard } = await tenantRequest(request, app);
  const tenantSlug = params.tenantSlug;
  const [departments, rooms] = await Promise.all([
    guard(caller.centre.listDepartments({ tenantSlug })),
    guard(caller.centre.listRooms({ tenantSlug })),
  ]);
  const url = new URL(request.url);
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

export async function action({ request, context, params }: Route.ActionArgs) {
  const app = context.get(appContext);
  const { caller } = await tenantRequest(request, app);
  const tenantSlug = params.tenantSlug;
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  if (!(intents as readonly string[]).includes(intent)) throw data(null, { status: 400 });
  const text = (name: string) => String(form.get(name) ?? '').trim();
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
    const failure = formFailure<Field>(app, error, {
      values,
      reasonFields: { NAME_TAKEN: 'name' },
    });
    return data<Result>(
      { ...failure, intent, ...(id ? { target: id } : {}) },
      { status: failureStatus(error) },
    );
  }
}

function presenceKey(presence: Presence) {
  return `centre.presence.${presence}` as const;
}

export default function Centre({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const tenantData = useTenantData();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const canManage = allows(tenantData, 'town:manage') && tenantData.tenant.active;
  const result = actionData as Result | undefined;
  const { departments, rooms } = loaderData;
  const base = `/t/${tenantData.tenant.slug}/centre`;
  const editingDepartment = departments.find((entry) => entry.id === loaderData.editingDepartment);
  const editingRoom = rooms.find((entry) => entry.id === loaderData.editingRoom);

  const departmentForm = (entry: (typeof departments)[number] | undefined) => {
    const intent = entry ? 'updateDepartment' : 'createDepartment';
    const failure = failureOf(result, intent, entry?.id);
    const created = result?.ok && result.intent === 'createDepartment' ? result.target : undefined;
    return (
      <Form
        method="post"
        action={entry ? `${base}?department=${entry.id}` : base}
        className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-start"
        noValidate
        key={entry?.id ?? created ?? 'new-department'}
      >
        <input type="hidden" name="intent" value={intent} />
        {entry ? <input type="hidden" name="id" value={entry.id} /> : null}
        <div className="sm:col-span-2 lg:col-span-4 empty:hidden">
          <FormError error={failure?.formError} />
        </div>
        <TextField
          label={t('centre.departments.name')}
          hint={entry ? undefined : t('centre.departments.nameHint')}
          name="name"
          maxLength={40}
          required
          defaultValue={failure?.values?.name ?? entry?.name ?? ''}
          error={failure?.fieldErrors?.name}
        />
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
        <div className="flex flex-wrap items-center gap-2 lg:pt-6">
          {entry ? (
            <CheckboxField
              name="active"
              label={t('centre.inService')}
              defaultChecked={failure ? failure.values?.active === 'on' : entry.active}
            />
          ) : null}
          <button type="submit" className={buttonClass.primary} disabled={busy}>
            {entry ? t('settings.save') : t('centre.departments.add')}
          </button>
          {entry ? (
            <Link to={base} className={buttonClass.secondary}>
              {t('settings.cancel')}
            </Link>
          ) : null}
        </div>
      </Form>
    );
  };

  const roomForm = (entry: (typeof rooms)[number] | undefined) => {
    const intent = entry ? 'updateRoom' : 'createRoom';
    const failure = failureOf(result, intent, entry?.id);
    const created = result?.ok && result.intent === 'createRoom' ? result.target : undefined;
    return (
      <Form
        method="post"
        action={entry ? `${base}?room=${entry.id}` : base}
        className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-start"
        noValidate
        key={entry?.id ?? created ?? 'new-room'}
      >
        <input type="hidden" name="intent" value={intent} />
        {entry ? <input type="hidden" name="id" value={entry.id} /> : null}
        <div className="sm:col-span-2 lg:col-span-4 empty:hidden">
          <FormError error={failure?.formError} />
        </div>
        <TextField
          label={t('centre.rooms.name')}
          hint={entry ? undefined : t('centre.rooms.nameHint')}
          name="name"
          maxLength={40}
          required
          defaultValue={failure?.values?.name ?? entry?.name ?? ''}
          error={failure?.fieldErrors?.name}
        />
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
        <div className="flex flex-wrap items-center gap-2 lg:pt-6">
          {entry ? (
            <CheckboxField
              name="active"
              label={t('centre.inService')}
              defaultChecked={failure ? failure.values?.active === 'on' : entry.active}
            />
          ) : null}
          <button type="submit" className={buttonClass.primary} disabled={busy}>
            {entry ? t('settings.save') : t('centre.rooms.add')}
          </button>
          {entry ? (
            <Link to={base} className={buttonClass.secondary}>
              {t('settings.cancel')}
            </Link>
          ) : null}
        </div>
      </Form>
    );
  };

  const activeToggle = (
    kind: 'Department' | 'Room',
    entry: { id: string; name: string; active: boolean },
  ) =>
    canManage ? (
      <div className="flex justify-end gap-1.5">
        <Link
          to={`${base}?${kind === 'Department' ? 'department' : 'room'}=${entry.id}`}
          className={buttonClass.small}
          aria-label={t('settings.editLabel', { name: entry.name })}
        >
          {t('settings.edit')}
        </Link>
        <Form method="post" action={base}>
          <input type="hidden" name="intent" value={`set${kind}Active`} />
          <input type="hidden" name="id" value={entry.id} />
          <input type="hidden" name="active" value={entry.active ? 'false' : 'true'} />
          <button
            type="submit"
            className={entry.active ? buttonClass.smallDanger : buttonClass.small}
            aria-label={t(entry.active ? 'centre.switchOffLabel' : 'centre.switchOnLabel', {
              name: entry.name,
            })}
          >
            {entry.active ? t('centre.switchOff') : t('centre.switchOn')}
          </button>
        </Form>
      </div>
    ) : null;

  return (
    <>
      <PageHeader
        title={t('centre.title')}
        description={t('centre.intro', { name: tenantData.tenant.name })}
      />
      <Section title={t('centre.departments.title')} id="departments">
        <p className="mb-3 text-sm text-slate-600">{t('centre.departments.intro')}</p>
        {departments.length === 0 ? (
          <EmptyState>{t('centre.departments.empty')}</EmptyState>
        ) : (
          <Table label={t('centre.departments.title')}>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={thClass}>
                  {t('centre.departments.name')}
                </th>
                <th scope="col" className={thClass}>
                  {t('centre.departments.presence')}
                </th>
                <th scope="col" className={thClass}>
                  {t('centre.departments.schedule')}
                </th>
                <th scope="col" className={thClass}>
                  {t('settings.status')}
                </th>
                {canManage ? (
                  <th scope="col" className={thClass}>
                    <span className="sr-only">{t('settings.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="departments-table">
              {departments.map((entry) => (
                <tr
                  key={entry.id}
                  className={entry.active ? undefined : 'bg-slate-50 text-slate-500'}
                >
                  <td className={`${tdClass} font-medium`}>{entry.name}</td>
                  <td className={`${tdClass} whitespace-nowrap`}>
                    {t(presenceKey(entry.presence))}
                  </td>
                  <td className={tdClass}>{entry.schedule ?? '—'}</td>
                  <td className={`${tdClass} whitespace-nowrap`}>
                    <Badge tone={entry.active ? 'neutral' : 'muted'}>
                      {entry.active ? t('centre.inService') : t('centre.outOfService')}
                    </Badge>
                  </td>
                  {canManage ? (
                    <td className={tdClass}>
                      {activeToggle('Department', entry)}
                      <div className="mt-1 empty:hidden">
                        <IntentNotice
                          result={result}
                          intent={['setDepartmentActive', 'updateDepartment']}
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
            <h3 className="mb-3 text-base font-semibold" id="department-form">
              {editingDepartment
                ? t('centre.departments.editTitle', { name: editingDepartment.name })
                : t('centre.departments.addTitle')}
            </h3>
            {editingDepartment ? null : (
              <div className="mb-3 empty:hidden">
                <IntentNotice result={result} intent="createDepartment" showFieldErrors={false} />
              </div>
            )}
            {departmentForm(editingDepartment)}
          </Card>
        ) : null}
      </Section>

      <Section title={t('centre.rooms.title')} id="rooms">
        <p className="mb-3 text-sm text-slate-600">{t('centre.rooms.intro')}</p>
        {rooms.length === 0 ? (
          <EmptyState>{t('centre.rooms.empty')}</EmptyState>
        ) : (
          <Table label={t('centre.rooms.title')}>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={thClass}>
                  {t('centre.rooms.name')}
                </th>
                <th scope="col" className={thClass}>
                  {t('centre.rooms.location')}
                </th>
                <th scope="col" className={thClass}>
                  {t('centre.rooms.capacity')}
                </th>
                <th scope="col" className={thClass}>
                  {t('settings.status')}
                </th>
                {canManage ? (
                  <th scope="col" className={thClass}>
                    <span className="sr-only">{t('settings.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="rooms-table">
              {rooms.map((entry) => (
                <tr
                  key={entry.id}
                  className={entry.active ? undefined : 'bg-slate-50 text-slate-500'}
                >
                  <td className={`${tdClass} font-medium`}>{entry.name}</td>
                  <td className={tdClass}>{entry.location ?? '—'}</td>
                  <td className={`${tdClass} tabular-nums`}>
                    {entry.capacity === null
                      ? '—'
                      : t('centre.rooms.seats', { count: entry.capacity })}
                  </td>
                  <td className={`${tdClass} whitespace-nowrap`}>
                    <Badge tone={entry.active ? 'neutral' : 'muted'}>
                      {entry.active ? t('centre.inService') : t('centre.outOfService')}
                    </Badge>
                  </td>
                  {canManage ? (
                    <td className={tdClass}>
                      {activeToggle('Room', entry)}
                      <div className="mt-1 empty:hidden">
                        <IntentNotice
                          result={result}
                          intent={['setRoomActive', 'updateRoom']}
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
            <h3 className="mb-3 text-base font-semibold" id="room-form">
              {editingRoom
                ? t('centre.rooms.editTitle', { name: editingRoom.name })
                : t('centre.rooms.addTitle')}
            </h3>
            {editingRoom ? null : (
              <div className="mb-3 empty:hidden">
                <IntentNotice result={result} intent="createRoom" showFieldErrors={false} />
              </div>
            )}
            {roomForm(editingRoom)}
          </Card>
        ) : null}
      </Section>
    </>
  );
}

export const ErrorBoundary = ChildErrorBoundary;
