import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import {
  type DepartmentFields,
  type Fields,
  type Kind,
  type RoomFields,
  requireFreeName,
  rethrowNameTaken,
  type Tenant,
  tables,
} from './centre-entries.ts';

/** A department stationed in the centre, or one of its mediation rooms. */
export async function createCentreEntry<K extends Kind>(
  tx: Transaction,
  options: {
    kind: K;
    centre: Tenant;
    fields: Fields<K> & { name: string };
    actorUserId: string | null;
  },
): Promise<{ id: string }> {
  const { kind, centre } = options;
  const { table, constraint, entity } = tables[kind];
  // Only the entry's own fields (a router's input also carries the tenant slug).
  const editable = new Set<string>(tables[kind].fields);
  const fields = Object.fromEntries(
    Object.entries(options.fields).filter(([key]) => editable.has(key)),
  ) as Fields<K> & { name: string };
  await requireFreeName(tx, kind, centre, fields.name);
  const id = newId();
  try {
    await tx.insert(table).values({
      ...(fields as RoomFields & DepartmentFields),
      countyId: centre.countyId,
      tenantId: centre.id,
      id,
    });
  } catch (error) {
    rethrowNameTaken(error, constraint);
  }
  await writeAudit(tx, {
    countyId: centre.countyId,
    tenantId: centre.id,
    actorUserId: options.actorUserId,
    action: `${entity}.created`,
    targetType: entity,
    targetId: id,
    detail: { ...fields },
  });
  return { id };
}
