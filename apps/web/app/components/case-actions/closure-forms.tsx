// Steps at and after the end of a case: close it, record a follow-up visit, reopen it, supervise it.
import {
  followUpNotCarriedOutReasons,
  followUpPerformed,
  followUpSatisfaction,
  resultsFor,
} from '../../lib/cases.ts';
import { useT } from '../../lib/i18n.ts';
import { FieldMessage, TextAreaField } from '../fields.tsx';
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
      <TextAreaField
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
        <TextAreaField
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
      <TextAreaField
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
