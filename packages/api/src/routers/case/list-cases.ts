// The centre's queue: filtered, searched, sorted and paged, each row with its running deadline
// flagged (due soon / overdue). "My cases" is the same list narrowed to the user's cases.
import { mediationCase, orgUnit, tenant, user } from '@concord/db/schema';
import type { CaseStatus } from '@concord/domain/case/state-machine';
import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { stageDeadlinesFor } from '../settings/setting-schemas.ts';
import { loadConfigurationNames, loadStageDeadlineSettings } from './case-configuration.ts';
import {
  type CaseListContext,
  type CaseListFilter,
  type CaseListSort,
  caseListSorts,
  caseListWhere,
  ZCaseListFilter,
} from './case-list-query.ts';
import {
  type CaseDates,
  type CurrentDeadline,
  currentDeadline,
  currentDueDateSql,
} from './current-deadline.ts';

export const ZListCasesInput = ZCaseListFilter.extend({
  sort: z.enum(caseListSorts).default('registered_desc'),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
export type ListCasesInput = z.infer<typeof ZListCasesInput>;

const SUMMARY_LENGTH = 200;

/**
 * The names of the applicants or respondents, joined with 、. Masked (张**) for files that leave
 * the system; organisations keep their names.
 */
function partyNames(role: 'applicant' | 'respondent', masked: boolean): SQL<string | null> {
  const name = masked
    ? sql`case when p.kind = 'organisation' then p.name
        else left(p.name, 1) || repeat('*', greatest(char_length(p.name) - 1, 1)) end`
    : sql`p.name`;
  return sql<
    string | null
  >`(select string_agg(${name}, '、' order by p.sort_order) from case_party p
    where p.county_id = ${mediationCase.countyId} and p.case_id = ${mediationCase.id} and p.role = ${role})`;
}

export function orderFor(context: CaseListContext, sort: CaseListSort): SQL[] {
  switch (sort) {
    case 'registered_desc':
      return [desc(mediationCase.registeredAt), desc(mediationCase.id)];
    case 'registered_asc':
      return [asc(mediationCase.registeredAt), asc(mediationCase.id)];
    case 'due_asc':
      return [
        sql`${currentDueDateSql(context.confirmationDues)} asc nulls last`,
        asc(mediationCase.registeredAt),
      ];
    case 'updated_desc':
      return [desc(mediationCase.updatedAt), desc(mediationCase.id)];
  }
}

/** The rows of a case list, joined with the names a table shows. */
export function selectCaseRows(
  context: CaseListContext,
  where: SQL,
  options: { maskNames?: boolean } = {},
) {
  const masked = options.maskNames ?? false;
  return context.tx
    .select({
      id: mediationCase.id,
      caseNumber: mediationCase.caseNumber,
      status: mediationCase.status,
      version: mediationCase.version,
      tierLevel: mediationCase.tierLevel,
      tenantId: mediationCase.tenantId,
      tenantName: tenant.name,
      categoryId: mediationCase.categoryId,
      orgUnitId: mediationCase.orgUnitId,
      orgUnitName: orgUnit.name,
      source: mediationCase.source,
      summary: sql<string>`left(${mediationCase.summary}, ${SUMMARY_LENGTH})`,
      urgency: mediationCase.urgency,
      riskColour: mediationCase.riskColour,
      amountInvolvedFen: mediationCase.amountInvolvedFen,
      applicants: partyNames('applicant', masked),
      respondents: partyNames('respondent', masked),
      responsibleUserId: mediationCase.responsibleUserId,
      responsibleName: user.displayName,
      registeredAt: mediationCase.registeredAt,
      acceptBy: mediationCase.acceptBy,
      firstSessionBy: mediationCase.firstSessionBy,
      concludeBy: mediationCase.concludeBy,
      followUpBy: mediationCase.followUpBy,
      supervisedAt: mediationCase.supervisedAt,
      closedAt: mediationCase.closedAt,
      result: mediationCase.result,
      updatedAt: mediationCase.updatedAt,
    })
    .from(mediationCase)
    .leftJoin(tenant, eq(tenant.id, mediationCase.tenantId))
    .leftJoin(
      orgUnit,
      and(eq(orgUnit.countyId, mediationCase.countyId), eq(orgUnit.id, mediationCase.orgUnitId)),
    )
    .leftJoin(user, eq(user.id, mediationCase.responsibleUserId))
    .where(where)
    .$dynamic();
}

export type CaseListRow = Awaited<ReturnType<typeof selectCaseRows>>[number];

/**
 * The running deadline of each row, flagged with the warning days of its tenant's settings for
 * its category: the list's flags, and what the dashboard counts as due soon.
 */
export async function flagDeadlines(
  context: CaseListContext,
  rows: readonly (CaseDates & { tenantId: string; categoryId: string })[],
): Promise<(CurrentDeadline | null)[]> {
  const settings = await loadStageDeadlineSettings(
    context.tx,
    rows.map((row) => row.tenantId),
  );
  return rows.map((row) => {
    const setting = settings.get(row.tenantId);
    if (!setting) return null;
    const deadlines = stageDeadlinesFor(setting, row.categoryId);
    return currentDeadline(row, context.today, deadlines, context.confirmationDues.get(row.id));
  });
}

/**
 * Category names (the county's, readable to towns through the county_configuration_read policy)
 * and the flagged running deadline of each row.
 */
export async function describeCaseRows(context: CaseListContext, rows: CaseListRow[]) {
  const names = await loadConfigurationNames(context.tx, context.tenant.countyId);
  const deadlines = await flagDeadlines(context, rows);
  return rows.map((row, index) => ({
    ...row,
    status: row.status as CaseStatus,
    categoryName: names.categories.get(row.categoryId) ?? null,
    deadline: deadlines[index] ?? null,
  }));
}

export async function listCases(
  context: CaseListContext,
  options: { input: ListCasesInput; where?: SQL },
) {
  const { input } = options;
  const filter: CaseListFilter = input;
  const where = and(caseListWhere(context, filter), options.where) as SQL;
  const [total] = await context.tx.select({ n: count() }).from(mediationCase).where(where);
  const rows = await selectCaseRows(context, where)
    .orderBy(...orderFor(context, input.sort))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return {
    page: input.page,
    pageSize: input.pageSize,
    total: total?.n ?? 0,
    rows: await describeCaseRows(context, rows),
  };
}
