// The tier tree inside a town: villages/communities and resident units under the town's root.
import { z } from 'zod';
import { activeTenant, can, router, tenantProcedure } from '../../trpc.ts';
import { townProcedure } from '../county/tenant-kind.ts';
import { createOrgUnit } from './create-org-unit.ts';
import { importOrgUnits } from './import-org-units.ts';
import { loadOrgUnitTree } from './load-org-unit-tree.ts';
import { moveOrgUnit } from './move-org-unit.ts';
import { setOrgUnitRetired } from './set-org-unit-retired.ts';
import { updateOrgUnit } from './update-org-unit.ts';

const name = z.string().trim().min(1).max(60);
/** GB/T 2260 statistical codes (12 digits) and local extensions below them. */
const divisionCode = z
  .string()
  .trim()
  .regex(/^\d{6,20}$/, 'DIVISION_CODE_SHAPE');
const headcount = z.number().int().min(0).max(10_000_000);
/** An imported row's code: the import judges its shape by the row's tier, naming every bad row. */
const importedCode = z.string().trim().max(20);

export const ZCreateOrgUnitInput = z.object({
  parentId: z.guid(),
  name,
  divisionCode: divisionCode.nullable().default(null),
  population: headcount.nullable().default(null),
  households: headcount.nullable().default(null),
});
export const ZUpdateOrgUnitInput = z.object({
  unitId: z.guid(),
  name: name.optional(),
  /** null removes the code. */
  divisionCode: divisionCode.nullable().optional(),
  population: headcount.nullable().optional(),
  households: headcount.nullable().optional(),
});
export const ZMoveOrgUnitInput = z.object({
  unitId: z.guid(),
  parentId: z.guid(),
  /** A new code extending the new parent's; absent keeps the unit's own. */
  divisionCode: divisionCode.optional(),
});
export const ZOrgUnitIdInput = z.object({ unitId: z.guid() });
export const ZImportOrgUnitRowsInput = z.object({
  rows: z
    .array(
      z.object({
        divisionCode: importedCode,
        name,
        parentCode: importedCode.nullable().optional(),
        tierLevel: z.number().int().min(3).max(4),
        population: headcount.nullable().optional(),
        households: headcount.nullable().optional(),
      }),
    )
    .min(1)
    .max(20_000),
});

const manage = townProcedure.use(can('town:manage')).use(activeTenant);

export const orgUnitRouter = router({
  /** A town: its whole tree. A county: its root and each town's root with their sizes. */
  tree: tenantProcedure
    .use(can('tenant:read'))
    .query(({ ctx }) => loadOrgUnitTree(ctx.tx, ctx.tenant)),

  create: manage
    .input(ZCreateOrgUnitInput)
    .mutation(({ ctx, input }) =>
      createOrgUnit(ctx.tx, { ...input, town: ctx.tenant, actorUserId: ctx.auth.user.id }),
    ),

  update: manage.input(ZUpdateOrgUnitInput).mutation(({ ctx, input }) => {
    const { unitId, ...changes } = input;
    return updateOrgUnit(ctx.tx, {
      town: ctx.tenant,
      unitId,
      changes,
      actorUserId: ctx.auth.user.id,
    });
  }),

  move: manage
    .input(ZMoveOrgUnitInput)
    .mutation(({ ctx, input }) =>
      moveOrgUnit(ctx.tx, { ...input, town: ctx.tenant, actorUserId: ctx.auth.user.id }),
    ),

  retire: manage.input(ZOrgUnitIdInput).mutation(({ ctx, input }) =>
    setOrgUnitRetired(ctx.tx, {
      town: ctx.tenant,
      unitId: input.unitId,
      retired: true,
      now: ctx.now(),
      actorUserId: ctx.auth.user.id,
    }),
  ),

  restore: manage.input(ZOrgUnitIdInput).mutation(({ ctx, input }) =>
    setOrgUnitRetired(ctx.tx, {
      town: ctx.tenant,
      unitId: input.unitId,
      retired: false,
      now: ctx.now(),
      actorUserId: ctx.auth.user.id,
    }),
  ),

  /**
   * Rows already parsed from a spreadsheet (the documents package parses and validates files),
   * checked again by the same division-code rules; all or nothing, idempotent.
   */
  importRows: manage.input(ZImportOrgUnitRowsInput).mutation(({ ctx, input }) =>
    importOrgUnits(ctx.tx, {
      tenant: ctx.tenant,
      rows: input.rows,
      actorUserId: ctx.auth.user.id,
    }),
  ),
});
