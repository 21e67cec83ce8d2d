// Judicial confirmation steps: file the agreement with a court, record the court's outcome.
import { useT } from '../../lib/i18n.ts';
import { TextAreaField } from '../fields.tsx';
import { TextField } from '../form.tsx';
import {
  CaseForm,
  type CaseFormContext,
  errorOf,
  failureOf,
  Outcome,
  Submit,
  typedValue,
} from './case-form.tsx';

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
      <TextAreaField
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
