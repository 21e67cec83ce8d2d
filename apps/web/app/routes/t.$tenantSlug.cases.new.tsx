// Intake (受理登记), "one matter, one form" (一事一表): how the matter came in, what it is about,
// where it arose and who the parties are, on one page. Works without JavaScript: "add another
// party" re-renders the form with one more block and everything typed kept. Before saving, the
// typed ID numbers and phones are checked against open cases; a match is shown first and saved
// only when confirmed. The idempotency key makes a double submit one case. Files go with the
// form (multipart); a browser cannot keep them across a round trip, so any answer but the saved
// case asks for them again.
import { useEffect, useState } from 'react';
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import { StatusBadge } from '../components/case-badges.tsx';
import { FieldMessage, TextAreaField } from '../components/fields.tsx';
import { buttonClass, FormError, SelectField, TextField } from '../components/form.tsx';
import {
  Card,
  ChildErrorBoundary,
  PageHeader,
  Table,
  tdClass,
  thClass,
} from '../components/page.tsx';
import { PartyBlock } from '../components/party-fields.tsx';
import { type CaseFormFailure, caseFormFailure } from '../lib/case-errors.server.ts';
import type { PossibleDuplicate } from '../lib/case-types.ts';
import {
  type CaseStatus,
  isCaseStatus,
  partyRoles,
  referralChannels,
  riskColours,
  urgencies,
} from '../lib/cases.ts';
import { formatDateTime } from '../lib/format.ts';
import { useLocale, useT } from '../lib/i18n.ts';
import { intakeChannelKey, intakeChannels } from '../lib/intake-channels.ts';
import {
  chosenFiles,
  encodeFiles,
  fieldOf,
  fileProblems,
  fingerprintOf,
  parseIntake,
} from '../lib/intake-form.server.ts';
import {
  attachmentAccept,
  INITIAL_PARTIES,
  type IntakeValues,
  MAX_INTAKE_FILES,
  MAX_PARTIES,
  partyCountOf,
  readIntakeValues,
  withoutParty,
} from '../lib/intake-form.ts';
import { localeFromRequest } from '../lib/locale.server.ts';
import { type Message, message, translateMessage } from '../lib/messages.ts';
import { type PlaceGroup, placeGroups, placeLevels } from '../lib/places.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import { useTenantData } from '../lib/tenant-data.ts';
import { type Tiers, tierName } from '../lib/tiers.ts';
import type { Route } from './+types/t.$tenantSlug.cases.new';

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const current = await guard(caller.tenant.current({ tenantSlug }));
  if (!current.permissions.includes('case:create')) throw data(null, { status: 403 });
  const [categories, tree, tiers, channels] = await Promise.all([
    guard(caller.category.list({ tenantSlug })),
    guard(caller.orgUnit.tree({ tenantSlug })),
    guard(caller.settings.get({ tenantSlug, key: 'tiers' })),
    guard(caller.settings.get({ tenantSlug, key: 'intake_channels' })),
  ]);
  const enabled = new Set<string>((channels.value as { enabled: string[] }).enabled);
  return {
    // One per form as it opens: submitting it twice registers one case.
    idempotencyKey: crypto.randomUUID(),
    channels: intakeChannels.filter((channel) => enabled.has(channel)),
    categories: categories
      .filter((category) => category.retiredAt === null)
      .map((category) => ({ id: category.id, name: category.name })),
    places: placeGroups(tree.units, current.tenant.kind),
    tiers: tiers.value as Tiers,
    active: current.tenant.active,
  };
}

type Duplicate = Omit<PossibleDuplicate, 'status' | 'summary'> & { status: CaseStatus };

type IntakeResult = {
  /** Changes with every response, so the form re-renders from the values sent back. */
  revision: string;
  values: IntakeValues;
  partyCount: number;
  failure?: CaseFormFailure;
  duplicates?: { matches: Duplicate[]; fingerprint: string };
  /** The names of the files posted with a form that was not saved: they must be chosen again. */
  droppedFiles?: string[];
};

export async function action(args: Route.ActionArgs) {
  const { app, caller, tenantSlug } = await tenantRoute(args);
  const locale = await localeFromRequest(args.request);
  const form = await args.request.formData();
  const intent = String(form.get('intent') ?? 'save');
  let partyCount = partyCountOf(form);
  let values = readIntakeValues(form, partyCount);
  const files = chosenFiles(form);
  const droppedFiles = files.map((file) => file.name);
  const respond = (extra: Partial<IntakeResult> = {}, status = 200) =>
    data<IntakeResult>(
      {
        revision: crypto.randomUUID(),
        values,
        partyCount,
        ...(droppedFiles.length > 0 ? { droppedFiles } : {}),
        ...extra,
      },
      { status },
    );

  if (intent === 'addParty') {
    if (partyCount < MAX_PARTIES) partyCount += 1;
    return respond();
  }
  const removal = /^removeParty:(\d+)$/.exec(intent);
  if (removal) {
    const index = Number(removal[1]);
    if (partyCount > 1 && index < partyCount) {
      values = withoutParty(values, index, partyCount);
      partyCount -= 1;
    }
    return respond();
  }

  const parsed = parseIntake(values, partyCount);
  const filesRefused = fileProblems(files);
  if (!parsed.ok || Object.keys(filesRefused).length > 0) {
    const fieldErrors = { ...(parsed.ok ? {} : parsed.fieldErrors), ...filesRefused };
    const count = Object.keys(fieldErrors).length;
    return respond(
      {
        failure: {
          ok: false,
          values,
          fieldErrors,
          formError: message('case.intake.fixErrors', { count }),
        },
      },
      400,
    );
  }
  const { input } = parsed;

  // The possible duplicates, unless this submit confirms the same numbers were seen.
  const idNumbers = input.parties.flatMap((party) => (party.idNumber ? [party.idNumber] : []));
  const phones = input.parties.flatMap((party) => (party.phone ? [party.phone] : []));
  const fingerprint = fingerprintOf(idNumbers, phones);
  if (form.get('duplicatesConfirmed') !== fingerprint && idNumbers.length + phones.length > 0) {
    try {
      const matches = await caller.case.findPossibleDuplicates({ tenantSlug, idNumbers, phones });
      if (matches.length > 0)
        return respond({
          duplicates: {
            // The summary stays out of the page: the number, status and masked party suffice.
            matches: matches.flatMap(({ summary: _summary, status, ...match }) =>
              isCaseStatus(status) ? [{ ...match, status }] : [],
            ),
            fingerprint,
          },
        });
    } catch (error) {
      return respond({ failure: caseFormFailure(app, error, { locale, values }) }, 400);
    }
  }

  try {
    const registered = await caller.case.register({
      tenantSlug,
      idempotencyKey: input.idempotencyKey,
      source: input.source,
      ...(referralChannels.includes(input.source) &&
      (input.referral.body || input.referral.reference)
        ? { referral: input.referral }
        : {}),
      categoryId: input.categoryId,
      orgUnitId: input.orgUnitId,
      summary: input.summary,
      ...(input.claims ? { claims: input.claims } : {}),
      urgency: input.urgency,
      ...(input.riskColour ? { riskColour: input.riskColour } : {}),
      ...(input.amountInvolved !== undefined ? { amountInvolvedFen: input.amountInvolved } : {}),
      parties: input.parties.map((party) => ({
        role: party.role,
        kind: party.kind,
        name: party.name,
        ...(party.idNumber ? { idNumber: party.idNumber } : {}),
        ...(party.phone ? { phone: party.phone } : {}),
        ...(party.address ? { address: party.address } : {}),
        ...(party.relation ? { relation: party.relation } : {}),
        ...(party.representsIndex !== undefined ? { representsIndex: party.representsIndex } : {}),
        ...(party.sex ? { sex: party.sex } : {}),
        ...(party.ethnicity ? { ethnicity: party.ethnicity } : {}),
        ...(party.birthDate ? { birthDate: party.birthDate } : {}),
        ...(party.occupation ? { occupation: party.occupation } : {}),
        ...(party.legalRepresentative ? { legalRepresentative: party.legalRepresentative } : {}),
      })),
      attachments: await encodeFiles(files),
    });
    return redirect(`/t/${tenantSlug}/cases/${registered.caseId}?registered=1`);
  } catch (error) {
    const failure = caseFormFailure(app, error, { locale, values, fieldOf: fieldOf(partyCount) });
    const count = Object.keys(failure.fieldErrors ?? {}).length;
    if (count > 0 && !failure.formError)
      failure.formError = message('case.intake.fixErrors', { count });
    return respond({ failure }, 400);
  }
}

function PlaceSelect({
  places,
  tiers,
  value,
  error,
}: {
  places: PlaceGroup[];
  tiers: Tiers;
  value: string;
  error: Message | undefined;
}) {
  const t = useT();
  const levels = placeLevels(places);
  const label = levels.map((level) => tierName(tiers, level, t)).join(' / ');
  return (
    <SelectField
      label={t('case.intake.place', { levels: label })}
      name="orgUnitId"
      defaultValue={value}
      error={error}
      required
    >
      <option value="">{t('case.intake.choose')}</option>
      {places.map((place) =>
        place.units.length === 0 ? (
          <option key={place.id} value={place.id}>
            {place.name}
          </option>
        ) : (
          <optgroup key={place.id} label={place.name}>
            <option value={place.id}>
              {t('case.intake.wholePlace', {
                name: place.name,
                tier: tierName(tiers, place.tierLevel, t),
              })}
            </option>
            {place.units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {place.name} · {unit.name}
              </option>
            ))}
          </optgroup>
        ),
      )}
    </SelectField>
  );
}

function Duplicates({ matches, fingerprint }: { matches: Duplicate[]; fingerprint: string }) {
  const t = useT();
  const locale = useLocale();
  const slug = useTenantData().tenant.slug;
  return (
    <Card className="border-slate-400">
      <div role="alert" data-testid="possible-duplicates">
        <h2 className="text-base font-semibold">
          {t('case.duplicates.title', { count: matches.length })}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t('case.duplicates.intro')}</p>
      </div>
      <div className="mt-3">
        <Table label={t('case.duplicates.title', { count: matches.length })}>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={thClass}>
                {t('case.field.caseNumber')}
              </th>
              <th scope="col" className={thClass}>
                {t('case.field.status')}
              </th>
              <th scope="col" className={thClass}>
                {t('case.duplicates.party')}
              </th>
              <th scope="col" className={thClass}>
                {t('case.duplicates.matchedOn')}
              </th>
              <th scope="col" className={thClass}>
                {t('case.field.registeredAt')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {matches.map((match) => (
              <tr key={`${match.caseId}-${match.party.name}-${match.matchedOn.join()}`}>
                <td className={`${tdClass} whitespace-nowrap`}>
                  <Link
                    to={`/t/${slug}/cases/${match.caseId}`}
                    target="_blank"
                    rel="noopener"
                    className="font-medium text-brand-700 underline underline-offset-2"
                  >
                    {match.caseNumber}
                  </Link>
                </td>
                <td className={tdClass}>
                  <StatusBadge status={match.status} />
                </td>
                <td className={tdClass}>
                  {match.party.name}
                  <span className="ml-1 text-xs text-slate-600">
                    {isPartyRole(match.party.role) ? t(`case.partyRole.${match.party.role}`) : ''}
                  </span>
                  <span className="block text-xs text-slate-600 tabular-nums">
                    {[match.party.idNumberMasked, match.party.phoneMasked]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  {match.matchedOn.map((field) => t(`case.duplicates.on.${field}`)).join('、')}
                </td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  {formatDateTime(locale, new Date(match.registeredAt))}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {/* Only this button confirms: "save" below checks again. */}
        <button
          type="submit"
          name="duplicatesConfirmed"
          value={fingerprint}
          className={buttonClass.primary}
        >
          {t('case.duplicates.saveAnyway')}
        </button>
        <span className="text-sm text-slate-600">{t('case.duplicates.orChange')}</span>
      </div>
    </Card>
  );
}

function isPartyRole(role: string): role is (typeof partyRoles)[number] {
  return (partyRoles as readonly string[]).includes(role);
}

function ReferralFields({
  values,
  errors,
  visible,
}: {
  values: IntakeValues;
  errors: Partial<Record<string, Message>>;
  visible: boolean;
}) {
  const t = useT();
  return (
    <fieldset className="sm:col-span-2" hidden={!visible} data-testid="referral-fields">
      <legend className="text-sm font-medium text-slate-800">{t('case.intake.referral')}</legend>
      <p className="text-xs text-slate-600">{t('case.intake.referralHint')}</p>
      <div className="mt-1 grid gap-3 sm:grid-cols-2">
        <TextField
          label={t('case.intake.referralBody')}
          name="referral.body"
          maxLength={100}
          defaultValue={values['referral.body'] ?? ''}
          error={errors['referral.body']}
        />
        <TextField
          label={t('case.intake.referralReference')}
          name="referral.reference"
          maxLength={100}
          defaultValue={values['referral.reference'] ?? ''}
          error={errors['referral.reference']}
        />
      </div>
    </fieldset>
  );
}

export default function NewCase({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const navigation = useNavigation();
  const result = actionData as IntakeResult | undefined;
  const values: IntakeValues = result?.values ?? {};
  const partyCount = result?.partyCount ?? INITIAL_PARTIES;
  const errors: Partial<Record<string, Message>> = result?.failure?.fieldErrors ?? {};
  const idempotencyKey = values.idempotencyKey || loaderData.idempotencyKey;
  const defaultSource = loaderData.channels.includes('window')
    ? 'window'
    : (loaderData.channels[0] ?? '');
  const initialSource = values.source ?? defaultSource;
  const [source, setSource] = useState(initialSource);
  // Without JavaScript the referral fields always show (the server ignores them for other
  // channels); with it they follow the chosen channel.
  const showReferral = !useHydrated() || isReferral(source);
  const busy = navigation.state === 'submitting';
  return (
    <>
      <PageHeader title={t('case.intake.title')} description={t('case.intake.intro')} />
      {loaderData.active ? null : (
        <div className="mb-4">
          <FormError error={message('error.code.TENANT_INACTIVE')} />
        </div>
      )}
      <Form
        method="post"
        encType="multipart/form-data"
        noValidate
        className="space-y-6"
        key={result?.revision ?? 'new'}
        data-testid="intake-form"
      >
        {/* Enter in a text box saves; it must not press "remove party". */}
        <button
          type="submit"
          name="intent"
          value="save"
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
        >
          {t('case.intake.save')}
        </button>
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <input type="hidden" name="partyCount" value={partyCount} />
        {result?.duplicates ? <Duplicates {...result.duplicates} /> : null}
        <FormError error={result?.failure?.formError} />
        {result?.droppedFiles ? <FilesAgain names={result.droppedFiles} /> : null}

        <section
          aria-labelledby="intake-matter"
          className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
        >
          <h2 id="intake-matter" className="text-lg font-semibold">
            {t('case.intake.matter')}
          </h2>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            <SelectField
              label={t('case.field.source')}
              name="source"
              value={source}
              onChange={(event) => setSource(event.target.value)}
              error={errors.source}
              required
            >
              {loaderData.channels.map((channel) => (
                <option key={channel} value={channel}>
                  {t(intakeChannelKey(channel))}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('case.field.category')}
              name="categoryId"
              defaultValue={values.categoryId ?? ''}
              error={errors.categoryId}
              required
            >
              <option value="">{t('case.intake.choose')}</option>
              {loaderData.categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </SelectField>
            <ReferralFields values={values} errors={errors} visible={showReferral} />
            <PlaceSelect
              places={loaderData.places}
              tiers={loaderData.tiers}
              value={values.orgUnitId ?? ''}
              error={errors.orgUnitId}
            />
            <TextField
              label={t('case.intake.amount')}
              hint={t('case.intake.amountHint')}
              name="amountInvolved"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={values.amountInvolved ?? ''}
              error={errors.amountInvolved}
            />
            <TextAreaField
              className="sm:col-span-2"
              label={t('case.field.summary')}
              hint={t('case.intake.summaryHint')}
              name="summary"
              rows={4}
              maxLength={4000}
              required
              defaultValue={values.summary ?? ''}
              error={errors.summary}
            />
            <TextAreaField
              className="sm:col-span-2"
              label={t('case.field.claims')}
              name="claims"
              rows={2}
              maxLength={4000}
              defaultValue={values.claims ?? ''}
              error={errors.claims}
            />
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">
                {t('case.field.urgency')}
              </legend>
              <div className="mt-1 flex gap-4">
                {urgencies.map((urgency) => (
                  <label key={urgency} className="inline-flex min-h-10 items-center gap-2 text-sm">
                    <input
                      type="radio"
                      name="urgency"
                      value={urgency}
                      defaultChecked={(values.urgency || 'normal') === urgency}
                      className="size-4 accent-brand-700"
                    />
                    {t(`case.urgency.${urgency}`)}
                  </label>
                ))}
              </div>
              <FieldMessage error={errors.urgency} />
            </fieldset>
            <SelectField
              label={t('case.intake.risk')}
              name="riskColour"
              defaultValue={values.riskColour ?? ''}
              error={errors.riskColour}
            >
              <option value="">{t('case.intake.riskNone')}</option>
              {riskColours.map((colour) => (
                <option key={colour} value={colour}>
                  {t(`case.risk.${colour}`)} — {t(`case.riskMeaning.${colour}`)}
                </option>
              ))}
            </SelectField>
          </div>
        </section>

        <section aria-labelledby="intake-parties" className="space-y-3">
          <div>
            <h2 id="intake-parties" className="text-lg font-semibold">
              {t('case.intake.parties')}
            </h2>
            <p className="text-sm text-slate-600">{t('case.intake.partiesHint')}</p>
            <FieldMessage error={errors.parties} />
          </div>
          {Array.from({ length: partyCount }, (_, index) => (
            <PartyBlock
              // biome-ignore lint/suspicious/noArrayIndexKey: a block is its position in the form
              key={index}
              index={index}
              count={partyCount}
              values={values}
              errors={errors}
            />
          ))}
          {partyCount < MAX_PARTIES ? (
            <button
              type="submit"
              name="intent"
              value="addParty"
              formNoValidate
              className={buttonClass.secondary}
            >
              {t('case.party.add')}
            </button>
          ) : null}
        </section>

        <AttachmentsField droppedFiles={result?.droppedFiles ?? []} errors={errors} />

        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
          <button
            type="submit"
            name="intent"
            value="save"
            className={buttonClass.primary}
            disabled={busy || !loaderData.active}
          >
            {t('case.intake.save')}
          </button>
          <p className="text-sm text-slate-600">{t('case.intake.saveHint')}</p>
        </div>
      </Form>
    </>
  );
}

function FilesAgain({ names }: { names: string[] }) {
  const t = useT();
  return (
    <div
      role="alert"
      data-testid="intake-files-again"
      className="rounded-md border border-slate-400 bg-slate-50 p-3 text-sm text-slate-800"
    >
      <p>{t('case.intake.filesAgain', { count: names.length })}</p>
      <ul className="mt-1 list-disc pl-5">
        {names.map((name, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two chosen files may share a name
          <li key={index}>{name}</li>
        ))}
      </ul>
    </div>
  );
}

function AttachmentsField({
  droppedFiles,
  errors,
}: {
  droppedFiles: string[];
  errors: Partial<Record<string, Message>>;
}) {
  const t = useT();
  // The API names a bad file by its place among those posted.
  const fileErrors = droppedFiles.flatMap((name, index) => {
    const error = errors[`attachments.${index}`];
    return error ? [{ index, name, error }] : [];
  });
  const invalid = errors.attachments !== undefined || fileErrors.length > 0;
  return (
    <section
      aria-labelledby="intake-attachments"
      className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
    >
      <h2 id="intake-attachments" className="text-lg font-semibold">
        {t('case.intake.attachments')}
      </h2>
      <label className="mt-3 block text-sm font-medium text-slate-800">
        {t('case.intake.attachmentsChoose')}
        <input
          type="file"
          name="attachments"
          multiple
          accept={attachmentAccept}
          aria-describedby="intake-attachments-hint"
          aria-invalid={invalid ? true : undefined}
          className="mt-1 block w-full text-sm file:mr-3 file:min-h-10 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:text-sm file:font-medium hover:file:bg-slate-100"
        />
      </label>
      <p id="intake-attachments-hint" className="mt-1 text-xs text-slate-600">
        {t('case.intake.attachmentsHint', { max: MAX_INTAKE_FILES })}
      </p>
      <FieldMessage error={errors.attachments} />
      {fileErrors.map(({ index, name, error }) => (
        <p key={index} className="mt-1 text-sm text-danger-700">
          {t('case.intake.fileProblem', { name, problem: translateMessage(t, error) ?? '' })}
        </p>
      ))}
    </section>
  );
}

function isReferral(source: string): boolean {
  return referralChannels.includes(source);
}

/** False on the server and in the first render in the browser; true once JavaScript runs. */
function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export const ErrorBoundary = ChildErrorBoundary;
