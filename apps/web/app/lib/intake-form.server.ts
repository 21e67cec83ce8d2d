// The intake form's server side: the posted values read into the API's input with the same
// zod checks for what the API cannot know (a money amount typed in yuan, a representative's
// index), the fingerprint that ties a "save anyway" to the numbers the duplicate check saw, and
// the files chosen in the form.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { issueMessage } from './api-errors.server.ts';
import { partyKinds, partyRoles, riskColours, urgencies, yuanToFen } from './cases.ts';
import { intakeChannels } from './intake-channels.ts';
import {
  type IntakeValues,
  MAX_INTAKE_FILE_BYTES,
  MAX_INTAKE_FILES,
  MAX_PARTIES,
  partyInput,
} from './intake-form.ts';
import { type Message, message } from './messages.ts';

const text = z.string().trim();
const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);
const ZPartyForm = z.object({
  role: z.enum(partyRoles),
  kind: z.enum(partyKinds),
  name: text,
  idNumber: optional,
  phone: optional,
  address: optional,
  relation: optional,
  representsIndex: text.transform((value, context) => {
    if (value === '') return undefined;
    const index = Number(value);
    if (Number.isInteger(index) && index >= 0 && index < MAX_PARTIES) return index;
    context.addIssue({ code: 'custom', message: 'INVALID' });
    return z.NEVER;
  }),
  sex: z.enum(['', 'male', 'female']).transform((value) => value || undefined),
  ethnicity: optional,
  birthDate: optional,
  occupation: optional,
  legalRepresentative: optional,
});
const ZIntakeForm = z.object({
  idempotencyKey: z.guid(),
  source: z.enum(intakeChannels),
  referral: z.object({ body: optional, reference: optional }),
  categoryId: text.min(1),
  orgUnitId: text.min(1),
  summary: text,
  claims: optional,
  urgency: z.enum(urgencies),
  riskColour: z.enum(['', ...riskColours]).transform((value) => value || undefined),
  amountInvolved: text.transform((value, context) => {
    if (value === '') return undefined;
    const fen = yuanToFen(value);
    if (fen !== null) return fen;
    context.addIssue({ code: 'custom', message: 'AMOUNT' });
    return z.NEVER;
  }),
  parties: z.array(ZPartyForm),
});

/** The nested shape zod reads, from the flat names of the inputs. */
export function nested(values: IntakeValues, count: number) {
  const get = (name: string) => values[name] ?? '';
  return {
    idempotencyKey: get('idempotencyKey'),
    source: get('source'),
    referral: { body: get('referral.body'), reference: get('referral.reference') },
    categoryId: get('categoryId'),
    orgUnitId: get('orgUnitId'),
    summary: get('summary'),
    claims: get('claims'),
    urgency: get('urgency') || 'normal',
    riskColour: get('riskColour'),
    amountInvolved: get('amountInvolved'),
    parties: Array.from({ length: count }, (_, index) => ({
      role: get(partyInput(index, 'role')),
      kind: get(partyInput(index, 'kind')) || 'person',
      name: get(partyInput(index, 'name')),
      idNumber: get(partyInput(index, 'idNumber')),
      phone: get(partyInput(index, 'phone')),
      address: get(partyInput(index, 'address')),
      relation: get(partyInput(index, 'relation')),
      representsIndex: get(partyInput(index, 'representsIndex')),
      sex: get(partyInput(index, 'sex')),
      ethnicity: get(partyInput(index, 'ethnicity')),
      birthDate: get(partyInput(index, 'birthDate')),
      occupation: get(partyInput(index, 'occupation')),
      legalRepresentative: get(partyInput(index, 'legalRepresentative')),
    })),
  };
}

/** Input names an error may sit beside; anything else is the form's error. */
export function fieldOf(count: number) {
  return (path: string): string | undefined => {
    if (path === 'amountInvolvedFen') return 'amountInvolved';
    if (path === 'parties') return 'parties';
    const party = /^parties\.(\d+)\.(\w+)$/.exec(path);
    if (party) return Number(party[1]) < count ? path : undefined;
    if (path === 'referral') return 'referral.body';
    // A file's problem, whichever of its parts the API names, goes beside that file.
    const file = /^attachments(?:\.\d+)?(?=\.|$)/.exec(path);
    if (file) return file[0];
    return /^(source|referral\.body|referral\.reference|categoryId|orgUnitId|summary|claims|urgency|riskColour|amountInvolved)$/.test(
      path,
    )
      ? path
      : undefined;
  };
}

/** Which typed numbers the duplicate check ran for: a confirmation counts only for them. */
export function fingerprintOf(idNumbers: string[], phones: string[]): string {
  const normal = (list: string[]) =>
    list.map((value) => value.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase()).sort();
  return createHash('sha256')
    .update(JSON.stringify([normal(idNumbers), normal(phones)]))
    .digest('base64url')
    .slice(0, 22);
}

export type IntakeInput = z.output<typeof ZIntakeForm>;

/** The form read into the API's shape, or the problems beside their inputs. */
export function parseIntake(
  values: IntakeValues,
  count: number,
): { ok: true; input: IntakeInput } | { ok: false; fieldErrors: Record<string, Message> } {
  const parsed = ZIntakeForm.safeParse(nested(values, count));
  if (parsed.success) return { ok: true, input: parsed.data };
  const fields = fieldOf(count);
  const fieldErrors: Record<string, Message> = {};
  for (const issue of parsed.error.issues) {
    const field = fields(issue.path.map(String).join('.'));
    const text =
      issue.message === 'AMOUNT'
        ? message('case.problem.amount')
        : issueMessage({ ...issue, path: issue.path as PropertyKey[] });
    if (field) fieldErrors[field] ??= text;
  }
  return { ok: false, fieldErrors };
}

/** The files chosen in the form (an input left empty posts one nameless, empty file). */
export function chosenFiles(form: FormData): File[] {
  return form
    .getAll('attachments')
    .filter((value): value is File => value instanceof File && value.name !== '');
}

/** What is plain before sending: too many files, a file over the limit (by its place). */
export function fileProblems(files: readonly File[]): Record<string, Message> {
  if (files.length > MAX_INTAKE_FILES)
    return { attachments: message('case.intake.tooManyFiles', { max: MAX_INTAKE_FILES }) };
  const problems: Record<string, Message> = {};
  files.forEach((file, index) => {
    if (file.size > MAX_INTAKE_FILE_BYTES)
      problems[`attachments.${index}`] = message('case.problem.too_large');
  });
  return problems;
}

/** The files as the API takes them. */
export function encodeFiles(files: readonly File[]) {
  return Promise.all(
    files.map(async (file) => ({
      fileName: file.name,
      contentBase64: Buffer.from(await file.arrayBuffer()).toString('base64'),
    })),
  );
}
