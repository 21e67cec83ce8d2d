// The intake form's shape ("一事一表"): its inputs are named after the API's paths
// (`parties.1.idNumber`, `referral.body`), so a problem the API reports lands beside the input of
// the same name. Parties are blocks of the same fields; adding or removing one renumbers the
// values, so what was typed is never lost.
export const MAX_PARTIES = 20;
export const INITIAL_PARTIES = 2;
/** As the API allows: at most 10 files with the form, each of at most 10 MB. */
export const MAX_INTAKE_FILES = 10;
export const MAX_INTAKE_FILE_BYTES = 10 * 1024 * 1024;
/** The types the API accepts; the browser's picker offers only these. */
export const attachmentAccept = '.pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx';

export const partyFields = [
  'role',
  'kind',
  'name',
  'idNumber',
  'phone',
  'address',
  'relation',
  'representsIndex',
  'sex',
  'ethnicity',
  'birthDate',
  'occupation',
  'legalRepresentative',
] as const;
export type PartyField = (typeof partyFields)[number];

/** The optional details, folded away unless something is typed there. */
export const partyDetailFields = [
  'sex',
  'ethnicity',
  'birthDate',
  'occupation',
  'legalRepresentative',
] as const satisfies readonly PartyField[];

export const caseFields = [
  'source',
  'referral.body',
  'referral.reference',
  'categoryId',
  'orgUnitId',
  'summary',
  'claims',
  'urgency',
  'riskColour',
  'amountInvolved',
] as const;

export function partyInput(index: number, field: PartyField): string {
  return `parties.${index}.${field}`;
}

export type IntakeValues = Record<string, string>;

/** The values with party `removed` taken out and the ones after it moved up. */
export function withoutParty(values: IntakeValues, removed: number, count: number): IntakeValues {
  const next: IntakeValues = {};
  for (const [name, value] of Object.entries(values))
    if (!name.startsWith('parties.')) next[name] = value;
  let target = 0;
  for (let index = 0; index < count; index++) {
    if (index === removed) continue;
    for (const field of partyFields) {
      const value = values[partyInput(index, field)];
      if (value === undefined) continue;
      // A representative pointing at a party that moved points at its new place.
      if (field === 'representsIndex' && value !== '') {
        const represented = Number(value);
        next[partyInput(target, field)] =
          represented === removed
            ? ''
            : String(represented > removed ? represented - 1 : represented);
      } else next[partyInput(target, field)] = value;
    }
    target++;
  }
  return next;
}

/** The form's fields as typed (trimmed), for the parties `0 … count-1`. */
export function readIntakeValues(form: FormData, count: number): IntakeValues {
  const values: IntakeValues = {};
  const read = (name: string) => {
    const value = form.get(name);
    if (typeof value === 'string') values[name] = value.trim();
  };
  for (const name of caseFields) read(name);
  read('idempotencyKey');
  for (let index = 0; index < count; index++)
    for (const field of partyFields) read(partyInput(index, field));
  return values;
}

export function partyCountOf(form: FormData): number {
  const count = Number(form.get('partyCount'));
  return Number.isInteger(count) && count >= 1 && count <= MAX_PARTIES ? count : INITIAL_PARTIES;
}
