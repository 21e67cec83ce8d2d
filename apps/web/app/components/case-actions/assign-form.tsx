// The assign (or reassign) step: lead official, department, responsible person, conclude-by date.
import { useT } from '../../lib/i18n.ts';
import { TextAreaField } from '../fields.tsx';
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
        <TextAreaField
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
