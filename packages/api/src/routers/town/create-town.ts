import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { tenant } from '@concord/db/schema';
import { applyScope, type Scope } from '@concord/db/scope';
import { and, eq } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import { applyTownDefaults } from '../../seed/seed-configuration.ts';
import { isUniqueViolation } from '../county/is-unique-violation.ts';

/**
 * A township centre joins the county: the town tenant, its root unit (tier 2) under the
 * county's root and its numbering defaults. Its administrator is then invited with
 * `member.invite` on the town's slug.
 */
export async function createTown(
  tx: Transaction,
  options: {
    county: typeof tenant.$inferSelect;
    /** The request's scope: widened by the new town for the rest of this transaction. */
    scope: Scope;
    name: string;
    slug: string;
    divisionCode: string;
    actorUserId: string;
  },
): Promise<{ townId: string; slug: string; rootUnitId: string }> {
  const { county } = options;
  // A county without a code (created before sign-up required one) has nothing to compare with.
  if (county.divisionCode && county.divisionCode.slice(0, 6) !== options.divisionCode.slice(0, 6))
    throw apiError('VALIDATION_FAILED', { field: 'divisionCode', reason: 'NOT_IN_COUNTY' });
  const towns = await tx
    .select({ name: tenant.name, divisionCode: tenant.divisionCode })
    .from(tenant)
    .where(and(eq(tenant.countyId, county.id), eq(tenant.parentId, county.id)));
  if (towns.some((town) => town.name === options.name))
    throw apiError('CONFLICT', { reason: 'NAME_TAKEN' });
  if (towns.some((town) => town.divisionCode === options.divisionCode))
    throw apiError('CONFLICT', { reason: 'DIVISION_CODE_TAKEN' });

  const townId = newId();
  // The policy's WITH CHECK needs the new id in scope. A county administrator's scope is the
  // county and all its towns by definition, so adding the town just made changes nothing they
  // could not already reach.
  await applyScope(tx, { ...options.scope, tenantIds: [...options.scope.tenantIds, townId] });
  try {
    await tx.insert(tenant).values({
      id: townId,
      countyId: county.id,
      parentId: county.id,
      kind: 'town',
      slug: options.slug,
      name: options.name,
      divisionCode: options.divisionCode,
    });
  } catch (error) {
    if (isUniqueViolation(error, 'tenant_slug_key'))
      throw apiError('CONFLICT', { reason: 'SLUG_TAKEN' });
    throw error;
  }
  let rootUnitId: string;
  try {
    ({ rootUnitId } = await applyTownDefaults(tx, { townId, actorUserId: options.actorUserId }));
  } catch (error) {
    // A unit of another town may already carry the code (e.g. imported as a village by mistake).
    if (isUniqueViolation(error, 'org_unit_county_division_code_key'))
      throw apiError('CONFLICT', { reason: 'DIVISION_CODE_TAKEN' });
    throw error;
  }
  await writeAudit(tx, {
    countyId: county.id,
    tenantId: county.id,
    actorUserId: options.actorUserId,
    action: 'town.created',
    targetType: 'tenant',
    targetId: townId,
    detail: {
      name: options.name,
      slug: options.slug,
      divisionCode: options.divisionCode,
      rootUnitId,
    },
  });
  return { townId, slug: options.slug, rootUnitId };
}
