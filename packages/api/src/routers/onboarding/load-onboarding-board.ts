// Where each town stands in onboarding, and the county's own checklist, for the county admin.
import type { Transaction } from '@concord/db/client';
import {
  auditLog,
  invitation,
  mediationCase,
  membership,
  orgUnit,
  tenant,
  tenantSetting,
} from '@concord/db/schema';
import { and, asc, count, eq, like, max, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

type County = typeof tenant.$inferSelect;

export interface TownProgress {
  townId: string;
  slug: string;
  name: string;
  divisionCode: string | null;
  active: boolean;
  /** A town_admin membership exists (an invitation was accepted or a role granted). */
  administratorAccepted: boolean;
  /** Active units below the town's root (tier ≥ 3). */
  unitsImported: number;
  /** Invitations of staff (the administrator's own invitation is not staff). */
  invitations: { pending: number; accepted: number };
  mediators: number;
  casesRegistered: number;
}

export interface CountyChecklist {
  /** The tier configuration was saved after the defaults (version 1), even unchanged. */
  tiersConfigured: boolean;
  /** A category or committee was changed, or the list was marked reviewed. */
  categoriesReviewed: boolean;
  townsCreated: number;
}

/** A correlated count per town row (RLS applies inside the subquery as everywhere). */
const countOf = (from: SQL, where: SQL) =>
  sql<number>`(select count(*) from ${from} where ${where})`.mapWith(Number);

export async function loadOnboardingBoard(
  tx: Transaction,
  options: { county: County; now: Date },
): Promise<{ county: CountyChecklist; towns: TownProgress[] }> {
  const { county, now } = options;
  const countyId = county.id;
  const ofTown = (table: { countyId: AnyPgColumn; tenantId: AnyPgColumn }) =>
    sql`${table.countyId} = ${tenant.countyId} and ${table.tenantId} = ${tenant.id}`;
  const rows = await tx
    .select({
      townId: tenant.id,
      slug: tenant.slug,
      name: tenant.name,
      divisionCode: tenant.divisionCode,
      active: tenant.active,
      admins: countOf(
        sql`${membership}`,
        sql`${ofTown(membership)} and ${membership.role} = 'town_admin'`,
      ),
      mediators: countOf(
        sql`${membership}`,
        sql`${ofTown(membership)} and ${membership.role} = 'mediator'`,
      ),
      units: countOf(
        sql`${orgUnit}`,
        sql`${ofTown(orgUnit)} and ${orgUnit.tierLevel} >= 3 and ${orgUnit.retiredAt} is null`,
      ),
      pending: countOf(
        sql`${invitation}`,
        sql`${ofTown(invitation)} and ${invitation.role} <> 'town_admin' and ${invitation.acceptedAt} is null and ${invitation.revokedAt} is null and ${invitation.expiresAt} > ${now.toISOString()}::timestamptz`,
      ),
      accepted: countOf(
        sql`${invitation}`,
        sql`${ofTown(invitation)} and ${invitation.role} <> 'town_admin' and ${invitation.acceptedAt} is not null`,
      ),
      cases: countOf(sql`${mediationCase}`, ofTown(mediationCase)),
    })
    .from(tenant)
    .where(and(eq(tenant.countyId, countyId), eq(tenant.parentId, countyId)))
    .orderBy(asc(tenant.divisionCode), asc(tenant.name));

  const [tiers] = await tx
    .select({ version: max(tenantSetting.version) })
    .from(tenantSetting)
    .where(
      and(
        eq(tenantSetting.countyId, countyId),
        eq(tenantSetting.tenantId, countyId),
        eq(tenantSetting.key, 'tiers'),
      ),
    );
  const [reviewed] = await tx
    .select({ n: count() })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.countyId, countyId),
        eq(auditLog.tenantId, countyId),
        or(like(auditLog.action, 'category.%'), like(auditLog.action, 'committee.%')),
      ),
    );

  return {
    county: {
      tiersConfigured: (tiers?.version ?? 0) > 1,
      categoriesReviewed: (reviewed?.n ?? 0) > 0,
      townsCreated: rows.length,
    },
    towns: rows.map((row) => ({
      townId: row.townId,
      slug: row.slug,
      name: row.name,
      divisionCode: row.divisionCode,
      active: row.active,
      administratorAccepted: row.admins > 0,
      unitsImported: row.units,
      invitations: { pending: row.pending, accepted: row.accepted },
      mediators: row.mediators,
      casesRegistered: row.cases,
    })),
  };
}
