// Triage steps of a new case: accept it, route it to a tier or committee, escalate it, divert it.
import { divertTargets } from '../../lib/cases.ts';
import { useT } from '../../lib/i18n.ts';
import { TextAreaField } from '../fields.tsx';
import { SelectField } from '../form.tsx';
import {
  CaseForm,
  type CaseFormContext,
  errorOf,
  type Failure,
  failureOf,
  Outcome,
  Submit,
  typedValue,
} from './case-form.tsx';

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
      <TextAreaField
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
      <TextAreaField
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
      <TextAreaField
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
