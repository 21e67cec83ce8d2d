// Mediation session steps: schedule a session, record how it went, cancel it.
import { sessionOutcomes, sessionPlaces } from '../../lib/cases.ts';
import { useT } from '../../lib/i18n.ts';
import type { Message } from '../../lib/messages.ts';
import { CheckboxField, FieldMessage, TextAreaField } from '../fields.tsx';
import { SelectField, TextField } from '../form.tsx';
import {
  CaseForm,
  type CaseFormContext,
  errorOf,
  failureOf,
  Outcome,
  Submit,
  typedValue,
} from './case-form.tsx';

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
      <TextAreaField
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
      <TextAreaField
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
