// The agreement in force for a case: the one not superseded by a reopening (at most one).
import type { Transaction } from '@concord/db/client';
import { agreement } from '@concord/db/schema';
import { and, eq, isNull } from 'drizzle-orm';

export async function findCurrentAgreement(
  tx: Transaction,
  options: { countyId: string; caseId: string },
) {
  const [current] = await tx
    .select()
    .from(agreement)
    .where(
      and(
        eq(agreement.countyId, options.countyId),
        eq(agreement.caseId, options.caseId),
        isNull(agreement.supersededAt),
      ),
    );
  return current;
}
