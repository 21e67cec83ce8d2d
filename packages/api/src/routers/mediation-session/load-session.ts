// Reads one mediation session under row-level security (another tenant's id → NOT_FOUND).
import type { Transaction } from '@concord/db/client';
import { mediationSession } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { apiError } from '../../errors.ts';

export async function loadSession(
  tx: Transaction,
  options: { countyId: string; sessionId: string },
) {
  const [found] = await tx
    .select()
    .from(mediationSession)
    .where(
      and(
        eq(mediationSession.countyId, options.countyId),
        eq(mediationSession.id, options.sessionId),
      ),
    );
  if (!found) throw apiError('NOT_FOUND');
  return found;
}
