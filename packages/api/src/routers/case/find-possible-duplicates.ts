// Before an intake is saved, the form asks whether any open case in scope already has a party
// with one of the typed ID numbers or phones (exact match through the blind index), so the same
// matter is not registered twice. Values that are not valid numbers cannot match and are skipped.
import type { Transaction } from '@concord/db/client';
import { caseParty, mediationCase } from '@concord/db/schema';
import { toChinaDate } from '@concord/domain/calendar/calendar-date';
import { openCaseStatuses } from '@concord/domain/case/state-machine';
import { parseMobilePhone } from '@concord/domain/party/mobile-phone';
import { parseResidentId } from '@concord/domain/party/resident-id';
import { and, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { blindIndex } from '../../pii/blind-index.ts';
import type { PiiKeys } from '../../pii/pii-keys.ts';

export const ZFindPossibleDuplicatesInput = z.object({
  idNumbers: z.array(z.string().trim().max(40)).max(20).default([]),
  phones: z.array(z.string().trim().max(30)).max(20).default([]),
});
export type FindPossibleDuplicatesInput = z.infer<typeof ZFindPossibleDuplicatesInput>;

const SUMMARY_LENGTH = 120;

export async function findPossibleDuplicates(
  tx: Transaction,
  options: { countyId: string; input: FindPossibleDuplicatesInput; pii: PiiKeys; now: Date },
) {
  const { countyId, input, pii } = options;
  const today = toChinaDate(options.now);
  const idIndexes = input.idNumbers.flatMap((value) => {
    const parsed = parseResidentId(value, today);
    return parsed.ok
      ? [blindIndex(pii, { countyId, field: 'id_number', value: parsed.value })]
      : [];
  });
  const phoneIndexes = input.phones.flatMap((value) => {
    const parsed = parseMobilePhone(value);
    return parsed.ok ? [blindIndex(pii, { countyId, field: 'phone', value: parsed.value })] : [];
  });
  const matches: SQL[] = [];
  if (idIndexes.length > 0) matches.push(inArray(caseParty.idNumberIndex, idIndexes));
  if (phoneIndexes.length > 0) matches.push(inArray(caseParty.phoneIndex, phoneIndexes));
  if (matches.length === 0) return [];
  const rows = await tx
    .select({
      caseId: mediationCase.id,
      caseNumber: mediationCase.caseNumber,
      status: mediationCase.status,
      summary: mediationCase.summary,
      registeredAt: mediationCase.registeredAt,
      partyName: caseParty.name,
      partyRole: caseParty.role,
      idNumberIndex: caseParty.idNumberIndex,
      phoneIndex: caseParty.phoneIndex,
      idNumberMasked: caseParty.idNumberMasked,
      phoneMasked: caseParty.phoneMasked,
    })
    .from(caseParty)
    .innerJoin(
      mediationCase,
      and(eq(mediationCase.countyId, caseParty.countyId), eq(mediationCase.id, caseParty.caseId)),
    )
    .where(
      and(
        eq(caseParty.countyId, countyId),
        or(...matches),
        inArray(mediationCase.status, [...openCaseStatuses]),
      ),
    )
    .orderBy(desc(mediationCase.registeredAt))
    .limit(50);
  const same = (a: Uint8Array | null, list: Uint8Array[]) =>
    a !== null && list.some((b) => Buffer.from(a).equals(b));
  return rows.map((row) => ({
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    status: row.status,
    summary: row.summary.slice(0, SUMMARY_LENGTH),
    registeredAt: row.registeredAt,
    party: {
      name: row.partyName,
      role: row.partyRole,
      idNumberMasked: row.idNumberMasked,
      phoneMasked: row.phoneMasked,
    },
    matchedOn: [
      ...(same(row.idNumberIndex, idIndexes) ? ['idNumber' as const] : []),
      ...(same(row.phoneIndex, phoneIndexes) ? ['phone' as const] : []),
    ],
  }));
}
