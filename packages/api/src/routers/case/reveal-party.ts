// Shows one party's ID number and phone in clear to someone allowed to reveal personal data.
// Every reveal is recorded twice in the same transaction: in the tenant's hash-chained audit log
// (who, which case, which party, which fields) and on the case's own timeline.
import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { caseParty } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { apiError } from '../../errors.ts';
import type { PiiKeys } from '../../pii/pii-keys.ts';
import { openPersonalValue } from '../../pii/seal-personal-value.ts';
import { appendCaseEvent } from './append-case-event.ts';
import { loadCase } from './load-case.ts';

export const revealableFields = ['idNumber', 'phone'] as const;

export const ZRevealPartyInput = z.object({
  caseId: z.guid(),
  partyId: z.guid(),
  fields: z.array(z.enum(revealableFields)).min(1).max(2).default(['idNumber', 'phone']),
});
export type RevealPartyInput = z.infer<typeof ZRevealPartyInput>;

export async function revealParty(
  tx: Transaction,
  options: {
    countyId: string;
    input: RevealPartyInput;
    actorUserId: string;
    actorTenantId: string;
    pii: PiiKeys;
    now: Date;
  },
) {
  const { input, pii } = options;
  const current = await loadCase(tx, { countyId: options.countyId, caseId: input.caseId });
  const [party] = await tx
    .select({
      id: caseParty.id,
      name: caseParty.name,
      idNumberSealed: caseParty.idNumberSealed,
      phoneSealed: caseParty.phoneSealed,
    })
    .from(caseParty)
    .where(
      and(
        eq(caseParty.countyId, current.countyId),
        eq(caseParty.caseId, current.id),
        eq(caseParty.id, input.partyId),
      ),
    );
  if (!party) throw apiError('NOT_FOUND');
  const fields = [...new Set(input.fields)];
  const idNumber =
    fields.includes('idNumber') && party.idNumberSealed
      ? openPersonalValue(pii, party.idNumberSealed, { rowId: party.id, field: 'id_number' })
      : null;
  const phone =
    fields.includes('phone') && party.phoneSealed
      ? openPersonalValue(pii, party.phoneSealed, { rowId: party.id, field: 'phone' })
      : null;
  // The data belongs to the case's tenant, so its audit chain records the reveal, whoever asked.
  await writeAudit(tx, {
    countyId: current.countyId,
    tenantId: current.tenantId,
    actorUserId: options.actorUserId,
    action: 'pii.revealed',
    targetType: 'case_party',
    targetId: party.id,
    detail: {
      caseId: current.id,
      caseNumber: current.caseNumber,
      partyId: party.id,
      fields,
      actorTenantId: options.actorTenantId,
    },
  });
  await appendCaseEvent(tx, {
    caseRef: current,
    kind: 'pii_revealed',
    actorUserId: options.actorUserId,
    at: options.now,
    detail: { partyId: party.id, fields },
  });
  return { partyId: party.id, name: party.name, idNumber, phone };
}
