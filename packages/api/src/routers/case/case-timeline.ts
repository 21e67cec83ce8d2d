// A case's timeline, oldest first, with the actors' names and, per entry, the names of the people
// its changes name (e.g. the responsible person before and after a reassignment): the case page
// only knows the people the case names now.
import type { Transaction } from '@concord/db/client';
import { caseEvent, user } from '@concord/db/schema';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { loadCase } from './load-case.ts';

type Change = { from?: unknown; to?: unknown } | null;

/** The user ids among the { from, to } values of an entry's changed `…UserId` columns. */
function changedUserIds(detail: Record<string, unknown>): string[] {
  const changes = detail.changes;
  if (typeof changes !== 'object' || changes === null) return [];
  return Object.entries(changes as Record<string, Change>)
    .filter(([field]) => field.endsWith('UserId'))
    .flatMap(([, change]) => [change?.from, change?.to])
    .filter((id): id is string => typeof id === 'string');
}

async function displayNames(tx: Transaction, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: user.id, displayName: user.displayName })
    .from(user)
    .where(inArray(user.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

export async function caseTimeline(tx: Transaction, options: { countyId: string; caseId: string }) {
  const current = await loadCase(tx, options);
  const events = await tx
    .select({
      seq: caseEvent.seq,
      at: caseEvent.at,
      kind: caseEvent.kind,
      fromStatus: caseEvent.fromStatus,
      toStatus: caseEvent.toStatus,
      reason: caseEvent.reason,
      detail: caseEvent.detail,
      actorUserId: caseEvent.actorUserId,
      actorName: user.displayName,
    })
    .from(caseEvent)
    .leftJoin(user, eq(user.id, caseEvent.actorUserId))
    .where(and(eq(caseEvent.countyId, current.countyId), eq(caseEvent.caseId, current.id)))
    .orderBy(asc(caseEvent.seq));
  const names = await displayNames(
    tx,
    events.flatMap((event) => changedUserIds(event.detail)),
  );
  return events.map((event) => ({
    ...event,
    /** Display names of the users this entry's changes name, by id. */
    people: Object.fromEntries(
      changedUserIds(event.detail).flatMap((id) => {
        const name = names.get(id);
        return name === undefined ? [] : [[id, name] as const];
      }),
    ),
  }));
}
