import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { and, eq } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import {
  type Fields,
  type Kind,
  requireFreeName,
  rethrowNameTaken,
  type Tenant,
  tables,
} from './centre-entries.ts';

/** Changes the given fields of a department or room; `active: false` takes it out of use. */
export async function updateCentreEntry<K extends Kind>(
  tx: Transaction,
  options: {
    kind: K;
    centre: Tenant;
    id: string;
    changes: Partial<Fields<K>>;
    actorUserId: string;
  },
): Promise<{ changed: boolean }> {
  const { kind, centre, changes } = options;
  const { table, constraint, entity } = tables[kind];
  const [before] = await tx
    .select()
    .from(table)
    .where(
      and(
        eq(table.countyId, centre.countyId),
        eq(table.tenantId, centre.id),
        eq(table.id, options.id),
      ),
    );
  if (!before) throw apiError('NOT_FOUND');
  const previous = before as Record<string, unknown>;
  const diff: Record<string, { from: unknown; to: unknown }> = {};
  const editable = new Set<string>(tables[kind].fields);
  for (const [field, value] of Object.entries(changes).filter(([key]) => editable.has(key)))
    if (value !== undefined && value !== previous[field])
      diff[field] = { from: previous[field] ?? null, to: value };
  if (Object.keys(diff).length === 0) return { changed: false };
  if (diff.name) await requireFreeName(tx, kind, centre, String(diff.name.to), options.id);
  const set = Object.fromEntries(Object.entries(diff).map(([field, change]) => [field, change.to]));
  try {
    await tx
      .update(table)
      .set(set)
      .where(and(eq(table.countyId, centre.countyId), eq(table.id, options.id)));
  } catch (error) {
    rethrowNameTaken(error, constraint);
  }
  await writeAudit(tx, {
    countyId: centre.countyId,
    tenantId: centre.id,
    actorUserId: options.actorUserId,
    action: `${entity}.updated`,
    targetType: entity,
    targetId: options.id,
    detail: { name: previous.name, changes: diff },
  });
  return { changed: true };
}
