// The centre's queue as one set of filters, shared by the list, "my cases" and the export: the
// same filter always selects the same cases, and the tenant in the URL bounds what is listed
// (a town sees its own cases; the county, every town's).
import type { Transaction } from '@concord/db/client';
import {
  caseParty,
  intakeChannels,
  mediationCase,
  mediationSession,
  riskColours,
  type tenant,
} from '@concord/db/schema';
import type { CalendarDate } from '@concord/domain/calendar/calendar-date';
import { caseStatuses } from '@concord/domain/case/state-machine';
import { parseMobilePhone } from '@concord/domain/party/mobile-phone';
import { parseResidentId } from '@concord/domain/party/resident-id';
import { and, eq, exists, gte, ilike, inArray, like, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { blindIndex } from '../../pii/blind-index.ts';
import type { PiiKeys } from '../../pii/pii-keys.ts';
import { type ConfirmationDueDates, overdueSql } from './current-deadline.ts';
import { ZCalendarDate } from './field-problems.ts';

export const ZCaseListFilter = z.object({
  statuses: z.array(z.enum(caseStatuses)).max(caseStatuses.length).optional(),
  categoryId: z.guid().optional(),
  source: z.enum(intakeChannels).optional(),
  tierLevel: z.number().int().min(1).max(3).optional(),
  /** A village (or any unit): its cases and those of the units under it. */
  orgUnitId: z.guid().optional(),
  /** In the county's view, one town's cases. */
  townId: z.guid().optional(),
  riskColour: z.enum(riskColours).optional(),
  overdueOnly: z.boolean().default(false),
  registeredFrom: ZCalendarDate.optional(),
  registeredTo: ZCalendarDate.optional(),
  responsibleUserId: z.guid().optional(),
  /** Case number (prefix), party name (part), or an exact ID number or mobile number. */
  search: z.string().trim().max(60).optional(),
});
export type CaseListFilter = z.infer<typeof ZCaseListFilter>;

export const caseListSorts = [
  'registered_desc',
  'registered_asc',
  'due_asc',
  'updated_desc',
] as const;
export type CaseListSort = (typeof caseListSorts)[number];

export interface CaseListContext {
  tx: Transaction;
  tenant: typeof tenant.$inferSelect;
  pii: PiiKeys;
  today: CalendarDate;
  /** The due dates the case rows do not hold, for the overdue filter, the sort and the flags. */
  confirmationDues: ConfirmationDueDates;
}

/** Start of a China calendar day as an instant (UTC+8, no daylight saving). */
export function chinaDayStart(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function partyWhere(context: CaseListContext, condition: SQL): SQL {
  return exists(
    context.tx
      .select({ one: sql`1` })
      .from(caseParty)
      .where(
        and(
          eq(caseParty.countyId, mediationCase.countyId),
          eq(caseParty.caseId, mediationCase.id),
          condition,
        ),
      ),
  );
}

/** One search box: an ID number or a mobile number matches exactly, anything else by text. */
function searchCondition(context: CaseListContext, search: string): SQL {
  const countyId = context.tenant.countyId;
  const idNumber = parseResidentId(search, context.today);
  if (idNumber.ok) {
    const index = blindIndex(context.pii, { countyId, field: 'id_number', value: idNumber.value });
    return partyWhere(context, eq(caseParty.idNumberIndex, index));
  }
  const phone = parseMobilePhone(search);
  if (phone.ok) {
    const index = blindIndex(context.pii, { countyId, field: 'phone', value: phone.value });
    return partyWhere(context, eq(caseParty.phoneIndex, index));
  }
  // Case numbers are stored with full-width parentheses; people type either.
  const numberText = escapeLike(search.replaceAll('(', '（').replaceAll(')', '）'));
  const byNumber = numberText.startsWith('（')
    ? like(mediationCase.caseNumber, `${numberText}%`)
    : like(mediationCase.caseNumber, `%${numberText}%`);
  return or(byNumber, partyWhere(context, ilike(caseParty.name, `%${escapeLike(search)}%`))) as SQL;
}

function orgUnitSubtree(countyId: string, orgUnitId: string): SQL {
  return sql`${mediationCase.orgUnitId} in (
    with recursive subtree as (
      select id from org_unit where county_id = ${countyId} and id = ${orgUnitId}
      union all
      select o.id from org_unit o join subtree s on o.parent_id = s.id where o.county_id = ${countyId}
    )
    select id from subtree)`;
}

/** Cases where the user is the responsible person or a mediator of a session not cancelled. */
export function handledBy(context: CaseListContext, userId: string): SQL {
  return or(
    eq(mediationCase.responsibleUserId, userId),
    exists(
      context.tx
        .select({ one: sql`1` })
        .from(mediationSession)
        .where(
          and(
            eq(mediationSession.countyId, mediationCase.countyId),
            eq(mediationSession.caseId, mediationCase.id),
            ne(mediationSession.status, 'cancelled'),
            sql`${userId}::uuid = any(${mediationSession.mediatorUserIds})`,
          ),
        ),
    ),
  ) as SQL;
}

export function caseListWhere(context: CaseListContext, filter: CaseListFilter): SQL {
  const { tenant: current } = context;
  const conditions: (SQL | undefined)[] = [eq(mediationCase.countyId, current.countyId)];
  if (current.kind === 'town') conditions.push(eq(mediationCase.tenantId, current.id));
  else if (filter.townId) conditions.push(eq(mediationCase.tenantId, filter.townId));
  if (filter.statuses && filter.statuses.length > 0) {
    conditions.push(inArray(mediationCase.status, filter.statuses));
  }
  if (filter.categoryId) conditions.push(eq(mediationCase.categoryId, filter.categoryId));
  if (filter.source) conditions.push(eq(mediationCase.source, filter.source));
  if (filter.tierLevel) conditions.push(eq(mediationCase.tierLevel, filter.tierLevel));
  if (filter.riskColour) conditions.push(eq(mediationCase.riskColour, filter.riskColour));
  if (filter.orgUnitId) conditions.push(orgUnitSubtree(current.countyId, filter.orgUnitId));
  if (filter.overdueOnly) conditions.push(overdueSql(context.today, context.confirmationDues));
  if (filter.registeredFrom) {
    conditions.push(gte(mediationCase.registeredAt, chinaDayStart(filter.registeredFrom)));
  }
  if (filter.registeredTo) {
    const next = new Date(chinaDayStart(filter.registeredTo).getTime() + 86_400_000);
    conditions.push(lt(mediationCase.registeredAt, next));
  }
  if (filter.responsibleUserId) {
    conditions.push(eq(mediationCase.responsibleUserId, filter.responsibleUserId));
  }
  if (filter.search) conditions.push(searchCondition(context, filter.search));
  return and(...conditions) as SQL;
}
