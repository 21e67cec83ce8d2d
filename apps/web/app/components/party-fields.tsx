// One party's block of the intake form: who they are in the matter, how to reach them, and the
// optional details of the application form (sex, ethnicity, birth date, occupation; an
// organisation's legal representative), folded away until needed.

import { partyKinds, partyRoles } from '../lib/cases.ts';
import { useT } from '../lib/i18n.ts';
import {
  type IntakeValues,
  type PartyField,
  partyDetailFields,
  partyInput,
} from '../lib/intake-form.ts';
import type { Message } from '../lib/messages.ts';
import { buttonClass, SelectField, TextField } from './form.tsx';

export function PartyBlock({
  index,
  count,
  values,
  errors,
}: {
  index: number;
  count: number;
  values: IntakeValues;
  errors: Partial<Record<string, Message>>;
}) {
  const t = useT();
  const name = (field: PartyField) => partyInput(index, field);
  const value = (field: PartyField, fallback = '') => values[name(field)] ?? fallback;
  const error = (field: PartyField) => errors[name(field)];
  const defaultRole = index === 0 ? 'applicant' : index === 1 ? 'respondent' : 'third_party';
  const detailsOpen = partyDetailFields.some((field) => value(field) !== '' || error(field));
  const number = index + 1;
  return (
    <fieldset
      className="rounded-lg border border-slate-200 bg-white p-4"
      data-testid={`party-${index}`}
    >
      <legend className="px-1 text-sm font-semibold text-slate-900">
        {t('case.party.legend', { number })}
      </legend>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          label={t('case.party.role')}
          name={name('role')}
          defaultValue={value('role', defaultRole)}
          error={error('role')}
        >
          {partyRoles.map((role) => (
            <option key={role} value={role}>
              {t(`case.partyRole.${role}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('case.party.kind')}
          name={name('kind')}
          defaultValue={value('kind', 'person')}
          error={error('kind')}
        >
          {partyKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`case.partyKind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('case.party.name')}
          name={name('name')}
          autoComplete="off"
          maxLength={100}
          required
          defaultValue={value('name')}
          error={error('name')}
          className="lg:col-span-2"
        />
        <TextField
          label={t('case.party.idNumber')}
          hint={t('case.party.idNumberHint')}
          name={name('idNumber')}
          autoComplete="off"
          inputMode="text"
          maxLength={40}
          spellCheck={false}
          defaultValue={value('idNumber')}
          error={error('idNumber')}
          className="lg:col-span-2"
        />
        <TextField
          label={t('case.party.phone')}
          name={name('phone')}
          type="tel"
          autoComplete="off"
          maxLength={30}
          defaultValue={value('phone')}
          error={error('phone')}
          className="lg:col-span-2"
        />
        <TextField
          label={t('case.party.address')}
          name={name('address')}
          autoComplete="off"
          maxLength={200}
          defaultValue={value('address')}
          error={error('address')}
          className="sm:col-span-2"
        />
        <TextField
          label={t('case.party.relation')}
          hint={t('case.party.relationHint')}
          name={name('relation')}
          autoComplete="off"
          maxLength={60}
          defaultValue={value('relation')}
          error={error('relation')}
        />
        <SelectField
          label={t('case.party.represents')}
          name={name('representsIndex')}
          defaultValue={value('representsIndex')}
          error={error('representsIndex')}
        >
          <option value="">{t('case.party.representsNone')}</option>
          {Array.from({ length: count }, (_, other) => other)
            .filter((other) => other !== index)
            .map((other) => (
              <option key={other} value={other}>
                {t('case.party.legend', { number: other + 1 })}
                {values[partyInput(other, 'name')] ? ` · ${values[partyInput(other, 'name')]}` : ''}
              </option>
            ))}
        </SelectField>
      </div>
      <details className="mt-3" open={detailsOpen}>
        <summary className="inline-flex min-h-10 cursor-pointer items-center text-sm font-medium text-brand-700 hover:text-brand-800">
          {t('case.party.more')}
        </summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <SelectField
            label={t('case.party.sex')}
            name={name('sex')}
            defaultValue={value('sex')}
            error={error('sex')}
          >
            <option value="">{t('case.party.sexFromId')}</option>
            <option value="male">{t('case.party.sex.male')}</option>
            <option value="female">{t('case.party.sex.female')}</option>
          </SelectField>
          <TextField
            label={t('case.party.ethnicity')}
            name={name('ethnicity')}
            autoComplete="off"
            maxLength={20}
            defaultValue={value('ethnicity')}
            error={error('ethnicity')}
          />
          <TextField
            label={t('case.party.birthDate')}
            name={name('birthDate')}
            type="date"
            defaultValue={value('birthDate')}
            error={error('birthDate')}
          />
          <TextField
            label={t('case.party.occupation')}
            name={name('occupation')}
            autoComplete="off"
            maxLength={60}
            defaultValue={value('occupation')}
            error={error('occupation')}
          />
          <TextField
            label={t('case.party.legalRepresentative')}
            hint={t('case.party.legalRepresentativeHint')}
            name={name('legalRepresentative')}
            autoComplete="off"
            maxLength={60}
            defaultValue={value('legalRepresentative')}
            error={error('legalRepresentative')}
          />
        </div>
      </details>
      {count > 1 ? (
        <div className="mt-3 flex justify-end">
          <button
            type="submit"
            name="intent"
            value={`removeParty:${index}`}
            formNoValidate
            className={buttonClass.smallDanger}
            aria-label={t('case.party.removeLabel', { number })}
          >
            {t('case.party.remove')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
