// The parties of an intake form, checked as a whole: ID numbers (GB 11643) and mobile numbers
// normalised, sex and birth date taken from the ID number when not typed (and refused when
// they contradict it), representatives pointing at a party, at least one applicant and one
// respondent. Every problem is collected, so the form can show them all at once.
import { partyKinds, partyRoles } from '@concord/db/schema';
import type { CalendarDate } from '@concord/domain/calendar/calendar-date';
import { parseMobilePhone } from '@concord/domain/party/mobile-phone';
import { parseResidentId } from '@concord/domain/party/resident-id';
import { z } from 'zod';
import { type FieldProblem, ZCalendarDate } from './field-problems.ts';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value === '' ? undefined : value));

export const ZPartyInput = z.object({
  role: z.enum(partyRoles),
  kind: z.enum(partyKinds).default('person'),
  name: z.string().trim().min(1).max(100),
  /** Resident ID number as typed (full-width digits, spaces and a lower-case x are fine). */
  idNumber: optionalText(40),
  /** Mainland mobile number as typed (+86, spaces and dashes are fine). */
  phone: optionalText(30),
  address: optionalText(200),
  sex: z.enum(['male', 'female']).optional(),
  ethnicity: optionalText(20),
  birthDate: ZCalendarDate.optional(),
  occupation: optionalText(60),
  /** An organisation's legal representative. */
  legalRepresentative: optionalText(60),
  /** How the party relates to the matter or, for a representative, to whom they represent. */
  relation: optionalText(60),
  /** For a representative: the position in `parties` of the party they represent. */
  representsIndex: z.number().int().min(0).max(19).optional(),
});
export type PartyInput = z.infer<typeof ZPartyInput>;

export interface ValidParty extends Omit<PartyInput, 'idNumber' | 'phone'> {
  /** Normalised, 18 characters. */
  idNumber: string | undefined;
  /** Normalised, 11 digits. */
  phone: string | undefined;
}

export function validateParties(
  parties: readonly PartyInput[],
  today: CalendarDate,
): { parties: ValidParty[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const seenIdNumbers = new Map<string, number>();
  const valid = parties.map((party, index): ValidParty => {
    const at = (field: string) => `parties.${index}.${field}`;
    let idNumber: string | undefined;
    let sex = party.sex;
    let birthDate = party.birthDate;
    if (party.idNumber !== undefined) {
      const parsed = parseResidentId(party.idNumber, today);
      if (party.kind === 'organisation') {
        problems.push({ path: at('idNumber'), reason: 'not_for_organisation' });
      } else if (!parsed.ok) {
        problems.push({ path: at('idNumber'), reason: parsed.reason });
      } else {
        idNumber = parsed.value;
        if (seenIdNumbers.has(idNumber))
          problems.push({ path: at('idNumber'), reason: 'duplicate' });
        seenIdNumbers.set(idNumber, index);
        if (sex !== undefined && sex !== parsed.sex) {
          problems.push({ path: at('sex'), reason: 'contradicts_id_number' });
        }
        if (birthDate !== undefined && birthDate !== parsed.birthDate) {
          problems.push({ path: at('birthDate'), reason: 'contradicts_id_number' });
        }
        sex ??= parsed.sex;
        birthDate ??= parsed.birthDate;
      }
    }
    let phone: string | undefined;
    if (party.phone !== undefined) {
      const parsed = parseMobilePhone(party.phone);
      if (parsed.ok) phone = parsed.value;
      else problems.push({ path: at('phone'), reason: parsed.reason });
    }
    if (party.role === 'representative') {
      const target =
        party.representsIndex === undefined ? undefined : parties[party.representsIndex];
      if (!target || target.role === 'representative') {
        problems.push({ path: at('representsIndex'), reason: 'invalid' });
      }
    } else if (party.representsIndex !== undefined) {
      problems.push({ path: at('representsIndex'), reason: 'not_allowed' });
    }
    return { ...party, idNumber, phone, sex, birthDate };
  });
  if (!parties.some((party) => party.role === 'applicant')) {
    problems.push({ path: 'parties', reason: 'applicant_required' });
  }
  if (!parties.some((party) => party.role === 'respondent')) {
    problems.push({ path: 'parties', reason: 'respondent_required' });
  }
  return { parties: valid, problems };
}
