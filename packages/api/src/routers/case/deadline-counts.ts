// The dashboard's deadline figures: how many cases of the tenant are overdue and how many due
// soon. Each is the case list's own rule (its overdue filter, its due-soon flag), so a figure
// always equals the list it links to, whatever stage's deadline a case is running.
import { mediationCase } from '@concord/db/schema';
import { and, count, type SQL, sql } from 'drizzle-orm';
import { type CaseListContext, caseListWhere } from './case-list-query.ts';
import { currentDueDateSql } from './current-deadline.ts';
import { flagDeadlines } from './list-cases.ts';

async function countOverdue(context: CaseListContext): Promise<number> {
  const [overdue] = await context.tx
    .select({ n: count() })
    .from(mediationCase)
    .where(caseListWhere(context, { overdueOnly: true }));
  return overdue?.n ?? 0;
}

/**
 * Warning days differ by tenant, category and stage, so the flag is computed per case; only the
 * cases whose running deadline is still ahead (the active workload) are read.
 */
async function countDueSoon(context: CaseListContext): Promise<number> {
  const ahead = sql`${currentDueDateSql(context.confirmationDues)} >= ${context.today}::date`;
  const rows = await context.tx
    .select({
      id: mediationCase.id,
      status: mediationCase.status,
      tenantId: mediationCase.tenantId,
      categoryId: mediationCase.categoryId,
      acceptBy: mediationCase.acceptBy,
      firstSessionBy: mediationCase.firstSessionBy,
      concludeBy: mediationCase.concludeBy,
      followUpBy: mediationCase.followUpBy,
    })
    .from(mediationCase)
    .where(and(caseListWhere(context, { overdueOnly: false }), ahead) as SQL);
  const deadlines = await flagDeadlines(context, rows);
  return deadlines.filter((deadline) => deadline?.state === 'due_soon').length;
}

export async function countDeadlines(context: CaseListContext) {
  return { overdue: await countOverdue(context), dueSoon: await countDueSoon(context) };
}
