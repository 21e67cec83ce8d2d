// A mediation centre's departments and rooms share one shape of use case: names unique per
// centre, every change audited, never deleted (sessions keep pointing at their room).
import type { Transaction } from '@concord/db/client';
import { centreDepartment, mediationRoom, type tenant } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import { isUniqueViolation } from '../county/is-unique-violation.ts';

export type Tenant = typeof tenant.$inferSelect;
export type DepartmentFields = Omit<
  typeof centreDepartment.$inferInsert,
  'countyId' | 'tenantId' | 'id' | 'createdAt'
>;
export type RoomFields = Omit<
  typeof mediationRoom.$inferInsert,
  'countyId' | 'tenantId' | 'id' | 'createdAt'
>;

export const tables = {
  department: {
    table: centreDepartment,
    constraint: 'centre_department_county_tenant_name_key',
    entity: 'centre_department',
    fields: ['name', 'presence', 'schedule', 'active'],
  },
  room: {
    table: mediationRoom,
    constraint: 'mediation_room_county_tenant_name_key',
    entity: 'mediation_room',
    fields: ['name', 'location', 'capacity', 'active'],
  },
} as const;

export type Kind = keyof typeof tables;
export type Fields<K extends Kind> = K extends 'department' ? DepartmentFields : RoomFields;

export function rethrowNameTaken(error: unknown, constraint: string): never {
  if (isUniqueViolation(error, constraint)) throw apiError('CONFLICT', { reason: 'NAME_TAKEN' });
  throw error;
}

export async function requireFreeName(
  tx: Transaction,
  kind: Kind,
  centre: Tenant,
  name: string,
  exceptId?: string,
) {
  const { table } = tables[kind];
  const [taken] = await tx
    .select({ id: table.id })
    .from(table)
    .where(
      and(eq(table.countyId, centre.countyId), eq(table.tenantId, centre.id), eq(table.name, name)),
    );
  if (taken && taken.id !== exceptId) throw apiError('CONFLICT', { reason: 'NAME_TAKEN' });
}
