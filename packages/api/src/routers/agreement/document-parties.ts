// The parties as the standard documents print them, and the committee that issues them. Stored
// documents carry masked ID numbers and phones: the file store is outside the database's
// encryption, and the parties identify themselves by signing and by the identity papers that go
// with a confirmation application.
import type { Transaction } from '@concord/db/client';
import { caseParty, tenant } from '@concord/db/schema';
import type { DocumentParty } from '@concord/documents/pdf/document-types';
import { and, asc, eq, ne } from 'drizzle-orm';

const designations = {
  applicant: '申请人',
  respondent: '被申请人',
  third_party: '第三人',
} as const;

export async function documentParties(
  tx: Transaction,
  options: { countyId: string; caseId: string },
): Promise<DocumentParty[]> {
  const rows = await tx
    .select()
    .from(caseParty)
    .where(
      and(
        eq(caseParty.countyId, options.countyId),
        eq(caseParty.caseId, options.caseId),
        ne(caseParty.role, 'representative'),
      ),
    )
    .orderBy(asc(caseParty.sortOrder));
  return rows.map((row): DocumentParty => {
    const designation = designations[row.role as keyof typeof designations];
    if (row.kind === 'organisation') {
      return {
        kind: 'legalPerson',
        designation,
        name: row.name,
        address: row.address ?? undefined,
        legalRepresentative: row.legalRepresentative ?? undefined,
        phone: row.phoneMasked ?? undefined,
      };
    }
    return {
      kind: 'naturalPerson',
      designation,
      name: row.name,
      sex: row.sex ?? undefined,
      ethnicity: row.ethnicity ?? undefined,
      birthDate: row.birthDate ?? undefined,
      occupation: row.occupation ?? undefined,
      idNumber: row.idNumberMasked ?? undefined,
      address: row.address ?? undefined,
      phone: row.phoneMasked ?? undefined,
    };
  });
}

/** 清溪县城关镇人民调解委员会 for a town, 清溪县人民调解委员会 for the county centre. */
export async function committeeName(tx: Transaction, tenantId: string): Promise<string> {
  const [owner] = await tx
    .select({ name: tenant.name, kind: tenant.kind, countyId: tenant.countyId })
    .from(tenant)
    .where(eq(tenant.id, tenantId));
  if (!owner) return '人民调解委员会';
  if (owner.kind === 'county') return `${owner.name}人民调解委员会`;
  const [county] = await tx
    .select({ name: tenant.name })
    .from(tenant)
    .where(eq(tenant.id, owner.countyId));
  return `${county?.name ?? ''}${owner.name}人民调解委员会`;
}

/** Whole fen as the decimal yuan string the renderers take (never a float). */
export function fenToYuan(fen: number): string {
  return `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
