// The case page's forms, one per step of the closed loop. The page shows a form only when the
// state machine allows the step now (`allowedActions`) and the person's roles allow it. Each form
// names the case version it was rendered with; a failure comes back beside its inputs with what
// was typed, and a lost race says so with a link to reload.
import type { ReactNode } from 'react';
import { Form, Link, useLocation, useNavigation } from 'react-router';
import type { CaseActionResult } from '../lib/case-actions.server.ts';
import {
  divertTargets,
  followUpNotCarriedOutReasons,
  followUpPerformed,
  followUpSatisfaction,
  resultsFor,
  sessionOutcomes,
  sessionPlaces,
} from '../lib/cases.ts';
import { useT } from '../lib/i18n.ts';
import type { Message } from '../lib/messages.ts';
import type { CaseDetail } from './case-record.tsx';
import { CheckboxField, FieldMessage } from './fields.tsx';
import { buttonClass, FormError, SelectField, TextField } from './form.tsx';
import { ProseField } from './prose-field.tsx';

export interface CaseFormContext {
  detail: CaseDetail;
  result: CaseActionResult | undefined;
  handlers: { id: string; name: string }[];
  rooms: { id: string; name: string; location: string | null }[];
  committees: { id: string; name: string }[];
  categoryDefault: { tierLevel: number; committeeName: string | null } | null;
  today: string;
  userId: string;
}

type Failure = Extract<CaseActionResult, { ok: false }>;

/** This form's failure (its intent and row), else undefined. */
function failureOf(context: CaseFormContext, intent: string, target?: string): Failure | undefined {
  const result = context.result;
  if (!result || result.ok || result.intent !== intent) return undefined;
  if (target !== undefined && result.target !== target) return undefined;
  return result;
}

/** What was typed into this form before a failure, else the fallback. */
function typedValue(failure: Failure | undefined, name: string, fallback = ''): string {
  return failure?.values?.[name] ?? fallback;
}

function errorOf(failure: Failure | undefined, name: string): Message | undefined {
  return failure?.fieldErrors?.[name];
}

/**
 * The failure of the form that was posted: its error, or "reload" after a lost race. (A success
 * is announced once at the top of the page: the form it came from may be gone by then.)
 */
export function Outcome({
  context,
  intent,
  target,
}: {
  context: CaseFormContext;
  intent: string | readonly string[];
  target?: string;
}) {
  const t = useT();
  const location = useLocation();
  const result = context.result;
  const intents: readonly string[] = typeof intent === 'string' ? [intent] : intent;
  if (!result || !intents.includes(result.intent)) return null;
  if (target !== undefined && result.target !== target) return null;
  if (result.ok) return null;
  if (result.stale)
    return (
      <div
        role="alert"
        className="rounded-md border border-danger-200 bg-danger-50 px-3 py-2 text-sm text-danger-700"
        data-testid="stale-version"
      >
        {t('case.error.stale')}{' '}
        <Link
          to={location.pathname}
          reloadDocument
          className="font-medium underline underline-offset-2"
        >
          {t('case.error.reload')}
        </Link>
      </div>
    );
  return <FormError error={result.formError} />;
}

/** A step as a card that opens (a <details>, so it works without JavaScript). */
export function ActionCard({
  title,
  hint,
  open,
  children,
  testId,
}: {
  title: string;
  hint?: string;
  open: boolean;
  children: ReactNode;
  testId: string;
}) {
  return (
    <details
      className="group rounded-lg border border-slate-200 bg-white"
      open={open}
      data-testid={testId}
    >
      <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-4 py-2.5 text-sm font-semibold text-slate-900 hover:bg-slate-50">
        <span>{title}</span>
        <span
          aria-hidden="true"
          className="text-slate-400 transition-transform group-open:rotate-180"
        >
          ▾
        </span>
      </summary>
      <div className="@container border-t border-slate-100 px-4 pt-3 pb-4">
        {hint ? <p className="mb-3 text-xs text-slate-600">{hint}</p> : null}
        {children}
      </div>
    </details>
  );
}

function CaseForm({
  context,
  intent,
  children,
  multipart = false,
  withIntent = true,
  formKey,
}: {
  context: CaseFormContext;
  intent: string;
  children: ReactNode;
  multipart?: boolean;
  /** False when the submit buttons carry the intent (forms with add/remove rows). */
  withIntent?: boolean;
  formKey?: string;
}) {
  const failure = context.result && !context.result.ok ? context.result : undefined;
  return (
    <Form
      method="post"
      noValidate
      preventScrollReset
      encType={multipart ? 'multipart/form-data' : undefined}
      className="space-y-3"
      // A new version (the step worked) or a new failure re-renders the form from its values.
      key={`${formKey ?? intent}-${context.detail.case.version}-${failure?.intent === intent ? failure.revision : ''}`}
    >
      {withIntent ? <input type="hidden" name="intent" value={intent} /> : null}
      <input type="hidden" name="expectedVersion" value={context.detail.case.version} />
      {children}
    </Form>
  );
}

function Submit({ children, danger = false }: { children: ReactNode; danger?: boolean }) {
  const navigation = useNavigation();
  return (
    <button
      type="submit"
      className={danger ? buttonClass.danger : buttonClass.primary}
      disabled={navigation.state === 'submitting'}
    >
      {children}
    </button>
  );
}

export function AcceptForm({ context }: { context: CaseFormContext }) {
  const t = useT();
  return (
    <CaseForm context={context} intent="accept">
      <p className="text-sm text-slate-700">{t('case.action.acceptHint')}</p>
      <Outcome context={context} intent="accept" />
      <Submit>{t('case.action.accept')}</Submit>
    </CaseForm>
  );
}

function RoutingSelect({
  context,
  failure,
  mode,
}: {
  context: CaseFormContext;
  failure: Failure | undefined;
  mode: 'route' | 'escalate';
}) {
  const t = useT();
  const current = context.detail.case.tierLevel;
  const tiers = ([1, 2, 3] as const).filter((level) =>
    mode === 'escalate' ? level < current : true,
  );
  const fallback = mode === 'route' ? 'default' : tiers.at(-1) ? `tier:${tiers.at(-1)}` : '';
  const defaults = context.categoryDefault;
  return (
    <SelectField
      label={mode === 'route' ? t('case.action.routeTo') : t('case.action.escalateTo')}
      name="routing"
      defaultValue={typedValue(failure, 'routing', fallback)}
      error={errorOf(failure, 'routing')}
    >
      {mode === 'route' ? (
        <option value="default">
          {t('case.action.routeDefault', {
            target: defaults
              ? (defaults.committeeName ?? t(`case.tier.${defaults.tierLevel as 1 | 2 | 3}`))
              : '—',
          })}
        </option>
      ) : null}
      <optgroup label={t('case.action.tiers')}>
        {tiers.map((level) => (
          <option key={level} value={`tier:${level}`}>
            {t(`case.tier.${level}`)}
          </option>
        ))}
      </optgroup>
      {context.committees.length > 0 ? (
        <optgroup label={t('case.action.committees')}>
          {context.committees.map((committee) => (
            <option key={committee.id} value={`committee:${committee.id}`}>
              {committee.name}
            </option>
          ))}
        </optgroup>
      ) : null}
    </SelectField>
  );
}

export function RouteForm({ context }: { context: CaseFormContext }) {
  const t = useT();
  const failure = failureOf(context, 'route');
  return (
    <CaseForm context={context} intent="route">
      <RoutingSelect context={context} failure={failure} mode="route" />
      <ProseField
        label={t('case.action.routeReason')}
        hint={t('case.action.routeReasonHint')}
        name="reason"
        rows={2}
        maxLength={1000}
        defaultValue={typedValue(failure, 'reason')}
        error={errorOf(failure, 'reason')}
      />
      <Outcome context={context} intent="route" />
      <Submit>{t('case.action.route')}</Submit>
    </CaseForm>
  );
}

export function EscalateForm({ context }: { context: CaseFormContext }) {
  const t = useT();
  const failure = failureOf(context, 'escalate');
  return (
    <CaseForm context={context} intent="escalate">
      <input type="hidden" name="currentTier" value={context.detail.case.tierLevel} />
      <RoutingSelect context={context} failure={failure} mode="escalate" />
      <ProseField
        label={t('case.action.reason')}
        hint={t('case.action.escalateHint')}
        name="reason"
        rows={2}
        maxLength={1000}
        required
        defaultValue={typedValue(failure, 'reason')}
        error={errorOf(failure, 'reason')}
      />
      <Outcome context={context} intent="escalate" />
      <Submit>{t('case.action.escalate')}</Submit>
    </CaseForm>
  );
}

export function DivertForm({ context }: { context: CaseFormContext }) {
  const t = useT();
  const failure = failureOf(context, 'divert');
  return (
    <CaseForm context={context} intent="divert">
      <SelectField
        label={t('case.action.divertTo')}
        name="divertedTo"
        defaultValue={typedValue(failure, 'divertedTo', 'police')}
        error={errorOf(failure, 'divertedTo')}
      >
        {divertTargets.map((target) => (
          <option key={target} value={target}>
            {t(`case.divertTo.${target}`)}
          </option>
        ))}
      </SelectField>
      <ProseField
        label={t('case.action.reason')}
        name="reason"
        rows={2}
        maxLength={1000}
        required
        defaultValue={typedValue(failure, 'reason')}
        error={errorOf(failure, 'reason')}
      />
      <Outcome context={context} intent="divert" />
      <Submit danger>{t('case.action.divert')}</Submit>
    </CaseForm>
  );
}

export function AssignForm({ context, reassign }: { context: CaseFormContext; reassign: boolean }) {
  const t = useT();
  const failure = failureOf(context, 'assign');
  const record = context.detail.case;
  return (
    <CaseForm context={context} intent="assign">
      <div className="grid gap-3 @md:grid-cols-2">
        <TextField
          label={t('case.field.leadOfficial')}
          name="leadOfficial"
          maxLength={60}
          required
          defaultValue={typedValue(failure, 'leadOfficial', record.leadOfficial ?? '')}
          error={errorOf(failure, 'leadOfficial')}
        />
        <TextField
          label={t('case.field.department')}
          name="responsibleDepartment"
          maxLength={60}
          required
          defaultValue={typedValue(
            failure,
            'responsibleDepartment',
            record.responsibleDepartment ?? '',
          )}
          error={errorOf(failure, 'responsibleDepartment')}
        />
        <SelectField
          label={t('case.field.responsible')}
          name="responsibleUserId"
          defaultValue={typedValue(failure, 'responsibleUserId', record.responsibleUserId ?? '')}
          error={errorOf(failure, 'responsibleUserId')}
          required
        >
          <option value="">{t('case.intake.choose')}</option>
          {context.handlers.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('case.field.concludeBy')}
          hint={t('case.action.concludeByHint')}
          name="concludeBy"
          type="date"
          defaultValue={typedValue(failure, 'concludeBy', record.concludeBy ?? '')}
          error={errorOf(failure, 'concludeBy')}
        />
      </div>
      {reassign ? (
        <ProseField
          label={t('case.action.reason')}
          hint={t('case.action.reassignHint')}
          name="reason"
          rows={2}
          maxLength={1000}
          required
          defaultValue={typedValue(failure, 'reason')}
          error={errorOf(failure, 'reason')}
        />
      ) : null}
      <Outcome context={context} intent="assign" />
      <Submit>{reassign ? t('case.action.reassign') : t('case.action.assign')}</Submit>
    </CaseForm>
  );
}

function PersonChecks({
  name,
  legend,
  people,
  chosen,
  error,
}: {
  name: string;
  legend: string;
  people: { id: string; name: string }[];
  chosen: Set<string>;
  error: Message | undefined;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-1 grid gap-x-4 @md:grid-cols-2">
        {people.map((person) => (
          <CheckboxField
            key={person.id}
            name={name}
            value={person.id}
            defaultChecked={chosen.has(person.id)}
            label={person.name}
          />
        ))}
      </div>
      <FieldMessage error={error} />
    </fieldset>
  );
}

export function ScheduleForm({ context }: { context: CaseFormContext }) {
  const t = useT();
  const failure = failureOf(context, 'schedule');
  const record = context.detail.case;
  const chosen = new Set(
    (typedValue(failure, 'mediatorUserIds', record.responsibleUserId ?? context.userId) || '')
      .split(',')
      .filter(Boolean),
  );
  const notify = new Set(typedValue(failure, 'notifyPartyIds').split(',').filter(Boolean));
  const defaultPlace = context.rooms.length > 0 ? 'room' : 'on_site';
  return (
    <CaseForm context={context} intent="schedule">
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t('case.session.place')}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4">
          {sessionPlaces.map((place) => (
            <label key={place} className="inline-flex min-h-10 items-center gap-2 text-sm">
              <input
                type="radio"
                name="place"
                value={place}
                defaultChecked={typedValue(failure, 'place', defaultPlace) === place}
                className="size-4 accent-brand-700"
              />
              {t(`case.session.place.${place}`)}
            </label>
          ))}
        </div>
        <FieldMessage error={errorOf(failure, 'place')} />
      </fieldset>
      <div className="grid gap-3 @md:grid-cols-2">
        <SelectField
          label={t('case.session.room')}
          name="roomId"
          defaultValue={typedValue(failure, 'roomId', context.rooms[0]?.id ?? '')}
          error={errorOf(failure, 'roomId')}
        >
          <option value="">
            {context.rooms.length === 0 ? t('case.session.noRooms') : t('case.intake.choose')}
          </option>
          {context.rooms.map((room) => (
            <option key={room.id} value={room.id}>
              {room.name}
              {room.location ? ` · ${room.location}` : ''}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('case.session.location')}
          hint={t('case.session.locationHint')}
          name="location"
          maxLength={200}
          defaultValue={typedValue(failure, 'location')}
          error={errorOf(failure, 'location')}
        />
        <TextField
          label={t('case.session.date')}
          name="date"
          type="date"
          required
          defaultValue={typedValue(failure, 'date', context.today)}
          error={errorOf(failure, 'date')}
        />
        <div className="grid grid-cols-2 gap-3">
          <TextField
            label={t('case.session.start')}
            name="startTime"
            type="time"
            required
            defaultValue={typedValue(failure, 'startTime', '09:00')}
            error={errorOf(failure, 'startTime')}
          />
          <TextField
            label={t('case.session.end')}
            name="endTime"
            type="time"
            required
            defaultValue={typedValue(failure, 'endTime', '10:30')}
            error={errorOf(failure, 'endTime')}
          />
        </div>
      </div>
      <PersonChecks
        name="mediatorUserIds"
        legend={t('case.session.mediators')}
        people={context.handlers}
        chosen={chosen}
        error={errorOf(failure, 'mediatorUserIds')}
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t('case.session.notify')}</legend>
        <p className="text-xs text-slate-600">{t('case.session.notifyHint')}</p>
        <div className="mt-1 grid gap-x-4 @md:grid-cols-2">
          {context.detail.parties.map((party) => (
            <CheckboxField
              key={party.id}
              name="notifyPartyIds"
              value={party.id}
              defaultChecked={notify.has(party.id)}
              label={`${party.name}（${t(`case.partyRole.${party.role}`)}）`}
            />
          ))}
        </div>
      </fieldset>
      <Outcome context={context} intent="schedule" />
      <Submit>{t('case.action.schedule')}</Submit>
    </CaseForm>
  );
}

export function RecordSessionForm({
  context,
  sessionId,
}: {
  context: CaseFormContext;
  sessionId: string;
}) {
  const t = useT();
  const failure = failureOf(context, 'recordSession', sessionId);
  const present = new Set(
    typedValue(failure, 'attendance', context.detail.parties.map((party) => party.id).join(','))
      .split(',')
      .filter(Boolean),
  );
  return (
    <CaseForm context={context} intent="recordSession" formKey={`record-${sessionId}`}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <PersonChecks
        name="attendance"
        legend={t('case.session.attendance')}
        people={context.detail.parties.map((party) => ({ id: party.id, name: party.name }))}
        chosen={present}
        error={errorOf(failure, 'attendance')}
      />
      <ProseField
        label={t('case.session.notes')}
        name="notes"
        rows={4}
        maxLength={20000}
        defaultValue={typedValue(failure, 'notes')}
        error={errorOf(failure, 'notes')}
      />
      <SelectField
        label={t('case.session.outcome')}
        name="outcome"
        defaultValue={typedValue(failure, 'outcome')}
        error={errorOf(failure, 'outcome')}
      >
        <option value="">{t('case.outcome.none')}</option>
        {sessionOutcomes.map((outcome) => (
          <option key={outcome} value={outcome}>
            {t(`case.outcome.${outcome}`)}
          </option>
        ))}
      </SelectField>
      <ProseField
        label={t('case.session.failReason')}
        hint={t('case.session.failReasonHint')}
        name="reason"
        rows={2}
        maxLength={1000}
        defaultValue={typedValue(failure, 'reason')}
        error={errorOf(failure, 'reason')}
      />
      <Outcome context={context} intent="recordSession" target={sessionId} />
      <Submit>{t('case.action.recordSession')}</Submit>
    </CaseForm>
  );
}

export function CancelSessionForm({
  context,
  sessionId,
}: {
  context: CaseFormContext;
  sessionId: string;
}) {
  const t = useT();
  const failure = failureOf(context, 'cancelSession', sessionId);
  return (
    <CaseForm context={context} intent="cancelSession" formKey={`cancel-${sessionId}`}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <TextField
        label={t('case.action.cancelReason')}
        name="reason"
        maxLength={1000}
        required
        defaultValue={typedValue(failure, 'reason')}
        error={errorOf(failure, 'reason')}
      />
      <Outcome context={context} intent="cancelSession" target={sessionId} />
      <Submit danger>{t('case.action.cancelSession')}</Submit>
    </CaseForm>
  );
}

export function AgreementForm({ context }: { context: CaseFormContext }) {
  const t = useT();
  const failure = failureOf(context, 'agreement');
  const termCount = failure?.termCount ?? 2;
  return (
    <CaseForm context={context} intent="agreement" withIntent={false}>
      {/* Enter in a text box saves; it must not press "remove term". */}
      <button
        type="submit"
        name="intent"
        value="agreement"
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
      >
        {t('case.action.agreement')}
      </button>
      <input type="hidden" name="termCount" value={termCount} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t('case.agreement.kind')}</legend>
        <div className="mt-1 flex gap-4">
          {(['written', 'oral'] as const).map((kind) => (
            <label key={kind} className="inline-flex min-h-10 items-center gap-2 text-sm">
              <input
                type="radio"
                name="kind"
                value={kind}
                defaultChecked={typedValue(failure, 'kind', 'written') === kind}
                className="size-4 accent-brand-700"
              />
              {t(`case.agreement.kind.${kind}`)}
            </label>
          ))}
        </div>
        <FieldMessage error={errorOf(failure, 'kind')} />
      </fieldset>
      <ProseField
        label={t('case.agreement.facts')}
        name="facts"
        rows={3}
        maxLength={8000}
        required
        defaultValue={typedValue(failure, 'facts', context.detail.case.summary)}
        error={errorOf(failure, 'facts')}
      />
      <ProseField
        label={t('case.agreement.issues')}
        name="issues"
        rows={2}
        maxLength={4000}
        required
        defaultValue={typedValue(failure, 'issues')}
        error={errorOf(failure, 'issues')}
      />
      <ProseField
        label={t('case.agreement.responsibilities')}
        name="responsibilities"
        rows={2}
        maxLength={4000}
        defaultValue={typedValue(failure, 'responsibilities')}
        error={errorOf(failure, 'responsibilities')}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t('case.agreement.terms')}</legend>
        <p className="text-xs text-slate-600">{t('case.agreement.termsHint')}</p>
        {Array.from({ length: termCount }, (_, index) => (
          <div
            // biome-ignore lint/suspicious/noArrayIndexKey: a term is its position in the list
            key={index}
            className="grid gap-2 rounded-md border border-slate-200 p-3 @2xl:grid-cols-[1fr_8rem_10rem_auto] @2xl:items-start"
            data-testid={`term-${index}`}
          >
            <ProseField
              label={t('case.agreement.term', { number: index + 1 })}
              name={`terms.${index}.text`}
              rows={2}
              maxLength={2000}
              defaultValue={typedValue(failure, `terms.${index}.text`)}
              error={errorOf(failure, `terms.${index}.text`)}
            />
            <TextField
              label={t('case.agreement.amount')}
              name={`terms.${index}.amount`}
              inputMode="decimal"
              defaultValue={typedValue(failure, `terms.${index}.amount`)}
              error={errorOf(failure, `terms.${index}.amount`)}
            />
            <TextField
              label={t('case.agreement.dueDate')}
              name={`terms.${index}.dueDate`}
              type="date"
              defaultValue={typedValue(failure, `terms.${index}.dueDate`)}
              error={errorOf(failure, `terms.${index}.dueDate`)}
            />
            {termCount > 1 ? (
              <button
                type="submit"
                name="intent"
                value={`agreement:removeTerm:${index}`}
                className={`${buttonClass.smallDanger} @2xl:mt-6`}
                aria-label={t('case.agreement.removeTermLabel', { number: index + 1 })}
              >
                {t('case.agreement.removeTerm')}
              </button>
            ) : null}
          </div>
        ))}
        <button
          type="submit"
          name="intent"
          value="agreement:addTerm"
          className={buttonClass.secondary}
        >
          {t('case.agreement.addTerm')}
        </button>
      </fieldset>
      <div className="grid gap-3 @md:grid-cols-2">
        <TextField
          className="@md:col-span-2"
          label={t('case.agreement.performanceManner')}
          name="performanceManner"
          maxLength={1000}
          required
          defaultValue={typedValue(failure, 'performanceManner')}
          error={errorOf(failure, 'performanceManner')}
        />
        <TextField
          label={t('case.agreement.performanceTime')}
          hint={t('case.agreement.performanceTimeHint')}
          name="performanceTime"
          maxLength={200}
          defaultValue={typedValue(failure, 'performanceTime')}
          error={errorOf(failure, 'performanceTime')}
        />
        <TextField
          label={t('case.agreement.performanceDeadline')}
          name="performanceDeadline"
          type="date"
          defaultValue={typedValue(failure, 'performanceDeadline')}
          error={errorOf(failure, 'performanceDeadline')}
        />
        <TextField
          label={t('case.agreement.performancePlace')}
          name="performancePlace"
          maxLength={200}
          defaultValue={typedValue(failure, 'performancePlace')}
          error={errorOf(failure, 'performancePlace')}
        />
        <TextField
          label={t('case.agreement.signedOn')}
          hint={t('case.agreement.signedOnHint')}
          name="signedOn"
          type="date"
          required
          defaultValue={typedValue(failure, 'signedOn', context.today)}
          error={errorOf(failure, 'signedOn')}
        />
      </div>
      <Outcome context={context} intent="agreement" />
      <button type="submit" name="intent" value="agreement" className={buttonClass.primary}>
        {t('case.action.agreement')}
      </button>
    </CaseForm>
  );
}

export function FileConfirmationForm({ context }: { context: CaseFormContext }) {
  const t = useT();
  const failure = failureOf(context, 'fileConfirmation');
  return (
    <CaseForm context={context} intent="fileConfirmation">
      <div className="grid gap-3 @md:grid-cols-2">
        <TextField
          label={t('case.confirmation.court')}
          name="courtName"
          maxLength={60}
          required
          defaultValue={typedValue(failure, 'courtName')}
          error={errorOf(failure, 'courtName')}
        />
        <TextField
          label={t('case.confirmation.filedOn')}
          name="filedOn"
          type="date"
          required
          defaultValue={typedValue(failure, 'filedOn', context.today)}
          error={errorOf(failure, 'filedOn')}
        />
        <TextField
          label={t('case.confirmation.contactPerson')}
          hint={t('case.confirmation.contactPersonHint')}
          name="contactPerson"
          maxLength={30}
          defaultValue={typedValue(failure, 'contactPerson')}
          error={errorOf(failure, 'contactPerson')}
        />
        <TextField
          label={t('case.confirmation.contactPhone')}
          name="contactPhone"
          type="tel"
          maxLength={30}
          required
          defaultValue={typedValue(failure, 'contactPhone')}
          error={errorOf(failure, 'contactPhone')}
        />
      </div>
      <Outcome context={context} intent="fileConfirmation" />
      <Submit>{t('case.action.fileConfirmation')}</Submit>
    </CaseForm>
  );
}

export function ConfirmationOutcomeForm({
  context,
  confirmationId,
}: {
  context: CaseFormContext;
  confirmationId: string;
}) {
  const t = useT();
  const failure = failureOf(context, 'confirmationOutcome', confirmationId);
  return (
    <CaseForm context={context} intent="confirmationOutcome" formKey={`outcome-${confirmationId}`}>
      <input type="hidden" name="confirmationId" value={confirmationId} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">
          {t('case.confirmation.outcome')}
        </legend>
        <div className="mt-1 flex gap-4">
          {(['confirmed', 'rejected'] as const).map((outcome) => (
            <label key={outcome} className="inline-flex min-h-10 items-center gap-2 text-sm">
              <input
                type="radio"
                name="outcome"
                value={outcome}
                defaultChecked={typedValue(failure, 'outcome', 'confirmed') === outcome}
                className="size-4 accent-brand-700"
              />
              {t(`case.confirmation.outcome.${outcome}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-3 @md:grid-cols-2">
        <TextField
          label={t('case.confirmation.decidedOn')}
          name="decidedOn"
          type="date"
          required
          defaultValue={typedValue(failure, 'decidedOn', context.today)}
          error={errorOf(failure, 'decidedOn')}
        />
        <TextField
          label={t('case.confirmation.rulingNumber')}
          hint={t('case.confirmation.rulingNumberHint')}
          name="rulingNumber"
          maxLength={60}
          defaultValue={typedValue(failure, 'rulingNumber')}
          error={errorOf(failure, 'rulingNumber')}
        />
      </div>
      <ProseField
        label={t('case.confirmation.rejectionReason')}
        name="rejectionReason"
        rows={2}
        maxLength={1000}
        defaultValue={typedValue(failure, 'rejectionReason')}
        error={errorOf(failure, 'rejectionReason')}
      />
      <Outcome context={context} intent="confirmationOutcome" target={confirmationId} />
      <Submit>{t('case.action.recordOutcome')}</Submit>
    </CaseForm>
  );
}

export function CloseForm({ context }: { context: CaseFormContext }) {
  const t = useT();
  const failure = failureOf(context, 'close');
  const results = resultsFor(context.detail.case.status);
  return (
    <CaseForm context={context} intent="close">
      {results.length > 0 ? (
        <SelectField
          label={t('case.field.result')}
          name="result"
          defaultValue={typedValue(failure, 'result', results[0])}
          error={errorOf(failure, 'result')}
        >
          {results.map((result) => (
            <option key={result} value={result}>
              {t(`case.result.${result}`)}
            </option>
          ))}
        </SelectField>
      ) : null}
      <ProseField
        label={t('case.action.closeNote')}
        name="note"
        rows={2}
        maxLength={2000}
        defaultValue={typedValue(failure, 'note')}
        error={errorOf(failure, 'note')}
      />
      <Outcome context={context} intent="close" />
      <Submit>{t('case.action.close')}</Submit>
    </CaseForm>
  );
}

const visitCarriedOut = ['yes', 'no'] as const;

export function FollowUpForm({ context }: { context: CaseFormContext }) {
  const t = useT();
  const failure = failureOf(context, 'followUp');
  const carriedOut = typedValue(failure, 'carriedOut', 'yes');
  // Performance concerns the agreement in force; a failed or withdrawn case has none.
  const hasAgreement = context.detail.agreements.some((row) => row.supersededAt === null);
  return (
    <CaseForm context={context} intent="followUp">
      {/* Both groups are in the form; CSS shows the chosen one, the server reads only that. */}
      <div className="group/visit space-y-3">
        <div className="grid gap-3 @lg:grid-cols-3">
          <TextField
            label={t('case.followUp.visitedOn')}
            name="visitedOn"
            type="date"
            required
            defaultValue={typedValue(failure, 'visitedOn', context.today)}
            error={errorOf(failure, 'visitedOn')}
          />
          <fieldset className="@lg:col-span-2">
            <legend className="text-sm font-medium text-slate-800">
              {t('case.followUp.carriedOut')}
            </legend>
            <div className="mt-1 flex flex-wrap gap-x-4">
              {visitCarriedOut.map((value) => (
                <label key={value} className="inline-flex min-h-10 items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name="carriedOut"
                    value={value}
                    defaultChecked={carriedOut === value}
                    className="size-4 accent-brand-700"
                  />
                  {t(`case.followUp.carriedOut.${value}`)}
                </label>
              ))}
            </div>
            <FieldMessage error={errorOf(failure, 'carriedOut')} />
          </fieldset>
        </div>
        <div className="grid gap-3 group-has-[[name=carriedOut][value=no]:checked]/visit:hidden @lg:grid-cols-3">
          {hasAgreement ? (
            <SelectField
              label={t('case.followUp.performed')}
              name="performed"
              defaultValue={typedValue(failure, 'performed', 'yes')}
              error={errorOf(failure, 'performed')}
            >
              {followUpPerformed.map((value) => (
                <option key={value} value={value}>
                  {t(`case.followUp.performed.${value}`)}
                </option>
              ))}
            </SelectField>
          ) : null}
          <SelectField
            label={t('case.followUp.satisfaction')}
            name="satisfaction"
            defaultValue={typedValue(failure, 'satisfaction', 'satisfied')}
            error={errorOf(failure, 'satisfaction')}
          >
            {followUpSatisfaction.map((value) => (
              <option key={value} value={value}>
                {t(`case.followUp.satisfaction.${value}`)}
              </option>
            ))}
          </SelectField>
          {hasAgreement ? null : (
            <p className="self-end text-xs text-slate-600 @lg:col-span-2">
              {t('case.followUp.noAgreement')}
            </p>
          )}
        </div>
        <div className="group-has-[[name=carriedOut][value=yes]:checked]/visit:hidden">
          <SelectField
            label={t('case.followUp.notCarriedOutReason')}
            name="notCarriedOutReason"
            defaultValue={typedValue(failure, 'notCarriedOutReason')}
            error={errorOf(failure, 'notCarriedOutReason')}
          >
            <option value="">{t('case.intake.choose')}</option>
            {followUpNotCarriedOutReasons.map((value) => (
              <option key={value} value={value}>
                {t(`case.followUp.notCarriedOutReason.${value}`)}
              </option>
            ))}
          </SelectField>
          <p className="mt-1 text-xs text-slate-600">{t('case.followUp.notCarriedOutHint')}</p>
        </div>
        <ProseField
          label={t('case.followUp.notes')}
          name="notes"
          rows={3}
          maxLength={4000}
          defaultValue={typedValue(failure, 'notes')}
          error={errorOf(failure, 'notes')}
        />
      </div>
      <Outcome context={context} intent="followUp" />
      <Submit>{t('case.action.followUp')}</Submit>
    </CaseForm>
  );
}

function ReasonForm({
  context,
  intent,
  name,
  label,
  hint,
  submit,
}: {
  context: CaseFormContext;
  intent: 'reopen' | 'supervise';
  name: 'reason' | 'note';
  label: string;
  hint: string;
  submit: string;
}) {
  const failure = failureOf(context, intent);
  return (
    <CaseForm context={context} intent={intent}>
      <ProseField
        label={label}
        hint={hint}
        name={name}
        rows={2}
        maxLength={2000}
        required
        defaultValue={typedValue(failure, name)}
        error={errorOf(failure, name)}
      />
      <Outcome context={context} intent={intent} />
      <Submit>{submit}</Submit>
    </CaseForm>
  );
}

export function ReopenForm({ context }: { context: CaseFormContext }) {
  const t = useT();
  return (
    <ReasonForm
      context={context}
      intent="reopen"
      name="reason"
      label={t('case.action.reason')}
      hint={t('case.action.reopenHint')}
      submit={t('case.action.reopen')}
    />
  );
}

export function SuperviseForm({ context }: { context: CaseFormContext }) {
  const t = useT();
  return (
    <ReasonForm
      context={context}
      intent="supervise"
      name="note"
      label={t('case.action.superviseNote')}
      hint={t('case.action.superviseHint')}
      submit={t('case.action.supervise')}
    />
  );
}

export function UploadForm({ context }: { context: CaseFormContext }) {
  const t = useT();
  const failure = failureOf(context, 'upload');
  return (
    <CaseForm context={context} intent="upload" multipart>
      <div>
        <label className="block text-sm font-medium text-slate-800">
          {t('case.attachments.file')}
          <input
            type="file"
            name="file"
            accept=".pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx"
            aria-invalid={errorOf(failure, 'file') ? true : undefined}
            className="mt-1 block w-full text-sm file:mr-3 file:min-h-10 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:text-sm file:font-medium hover:file:bg-slate-100"
          />
        </label>
        <p className="mt-1 text-xs text-slate-600">{t('case.attachments.hint')}</p>
        <FieldMessage error={errorOf(failure, 'file')} />
      </div>
      <Outcome context={context} intent="upload" />
      <Submit>{t('case.action.upload')}</Submit>
    </CaseForm>
  );
}
