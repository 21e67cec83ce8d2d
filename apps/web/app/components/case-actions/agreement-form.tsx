// The agreement step: the mediation agreement with its terms, added and removed without JavaScript.
import { useT } from '../../lib/i18n.ts';
import { FieldMessage, TextAreaField } from '../fields.tsx';
import { buttonClass, TextField } from '../form.tsx';
import {
  CaseForm,
  type CaseFormContext,
  errorOf,
  failureOf,
  Outcome,
  typedValue,
} from './case-form.tsx';

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
      <TextAreaField
        label={t('case.agreement.facts')}
        name="facts"
        rows={3}
        maxLength={8000}
        required
        defaultValue={typedValue(failure, 'facts', context.detail.case.summary)}
        error={errorOf(failure, 'facts')}
      />
      <TextAreaField
        label={t('case.agreement.issues')}
        name="issues"
        rows={2}
        maxLength={4000}
        required
        defaultValue={typedValue(failure, 'issues')}
        error={errorOf(failure, 'issues')}
      />
      <TextAreaField
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
            <TextAreaField
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
