// Setting up a mediation centre (a town's, or the county's own): the departments stationed in it
// and its mediation rooms.
import { centreDepartment, departmentPresences, mediationRoom } from '@concord/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { activeTenant, can, router, tenantProcedure } from '../../trpc.ts';
import { createCentreEntry } from './create-centre-entry.ts';
import { updateCentreEntry } from './update-centre-entry.ts';

const name = z.string().trim().min(1).max(40);
const departmentFields = {
  name,
  presence: z.enum(departmentPresences),
  /** e.g. 每周二上午 for a visiting department. */
  schedule: z.string().trim().max(100).nullable(),
  active: z.boolean(),
};
const roomFields = {
  name,
  location: z.string().trim().max(100).nullable(),
  capacity: z.number().int().min(1).max(500).nullable(),
  active: z.boolean(),
};

export const ZCreateDepartmentInput = z.object({
  ...departmentFields,
  schedule: departmentFields.schedule.default(null),
  active: departmentFields.active.default(true),
});
export const ZUpdateDepartmentInput = z
  .object({ departmentId: z.guid() })
  .extend(z.object(departmentFields).partial().shape);
export const ZCreateRoomInput = z.object({
  ...roomFields,
  location: roomFields.location.default(null),
  capacity: roomFields.capacity.default(null),
  active: roomFields.active.default(true),
});
export const ZUpdateRoomInput = z
  .object({ roomId: z.guid() })
  .extend(z.object(roomFields).partial().shape);

const read = tenantProcedure.use(can('tenant:read'));
const manage = tenantProcedure.use(can('town:manage')).use(activeTenant);

export const centreRouter = router({
  listDepartments: read.query(({ ctx }) =>
    ctx.tx
      .select({
        id: centreDepartment.id,
        name: centreDepartment.name,
        presence: centreDepartment.presence,
        schedule: centreDepartment.schedule,
        active: centreDepartment.active,
      })
      .from(centreDepartment)
      .where(
        and(
          eq(centreDepartment.countyId, ctx.tenant.countyId),
          eq(centreDepartment.tenantId, ctx.tenant.id),
        ),
      )
      .orderBy(asc(centreDepartment.presence), asc(centreDepartment.name)),
  ),

  createDepartment: manage.input(ZCreateDepartmentInput).mutation(({ ctx, input }) =>
    createCentreEntry(ctx.tx, {
      kind: 'department',
      centre: ctx.tenant,
      fields: input,
      actorUserId: ctx.auth.user.id,
    }),
  ),

  updateDepartment: manage.input(ZUpdateDepartmentInput).mutation(({ ctx, input }) => {
    const { departmentId, ...changes } = input;
    return updateCentreEntry(ctx.tx, {
      kind: 'department',
      centre: ctx.tenant,
      id: departmentId,
      changes,
      actorUserId: ctx.auth.user.id,
    });
  }),

  listRooms: read.query(({ ctx }) =>
    ctx.tx
      .select({
        id: mediationRoom.id,
        name: mediationRoom.name,
        location: mediationRoom.location,
        capacity: mediationRoom.capacity,
        active: mediationRoom.active,
      })
      .from(mediationRoom)
      .where(
        and(
          eq(mediationRoom.countyId, ctx.tenant.countyId),
          eq(mediationRoom.tenantId, ctx.tenant.id),
        ),
      )
      .orderBy(asc(mediationRoom.name)),
  ),

  createRoom: manage.input(ZCreateRoomInput).mutation(({ ctx, input }) =>
    createCentreEntry(ctx.tx, {
      kind: 'room',
      centre: ctx.tenant,
      fields: input,
      actorUserId: ctx.auth.user.id,
    }),
  ),

  updateRoom: manage.input(ZUpdateRoomInput).mutation(({ ctx, input }) => {
    const { roomId, ...changes } = input;
    return updateCentreEntry(ctx.tx, {
      kind: 'room',
      centre: ctx.tenant,
      id: roomId,
      changes,
      actorUserId: ctx.auth.user.id,
    });
  }),
});
