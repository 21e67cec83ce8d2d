// Reads one case under the request's row-level security: a case of another tenant is simply
// not there, so the caller answers NOT_FOUND (never FORBIDDEN, which would confirm it exists).
import type { Transaction } from '@concord/db/client';
import { mediationCase } from '@concord/db/schema';
import type { CaseStatus } from '@concord/domain/case/state-machine';
import { and, eq } from 'drizzle-orm';
import { apiError } from '../../errors.ts';

export type CaseRow = Omit<typeof mediationCase.$inferSelect, 'status'> & { status: CaseStatus };

export async function loadCase(
  tx: Transaction,
  options: { countyId: string; caseId: string },
): Promise<CaseRow> {
  const [found] = await tx
    .select()
    .from(mediationCase)
    .where(and(eq(mediationCase.countyId, options.countyId), eq(mediationCase.id, options.caseId)));
  if (!found) throw apiError('NOT_FOUND');
  return found as CaseRow;
}
