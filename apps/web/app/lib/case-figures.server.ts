// The dashboard's caseload figures, each a real count from the case list the figure links to:
// open cases, overdue, due soon, and how many cases are in each status.
import { caseStatuses, openCaseStatuses } from './cases.ts';
import type { tenantRequest } from './tenant.server.ts';

type Caller = Awaited<ReturnType<typeof tenantRequest>>['caller'];

export interface CaseFigures {
  total: number;
  open: number;
  overdue: number;
  dueSoon: number;
  byStatus: { status: (typeof caseStatuses)[number]; count: number }[];
}

export async function loadCaseFigures(caller: Caller, tenantSlug: string): Promise<CaseFigures> {
  const count = (input: Omit<Parameters<Caller['case']['list']>[0], 'tenantSlug'>) =>
    caller.case.list({ tenantSlug, page: 1, pageSize: 1, ...input }).then((list) => list.total);
  // Overdue and due soon come from the API on the list's own rules, whichever stage runs.
  const [total, open, deadlines, ...byStatus] = await Promise.all([
    count({}),
    count({ statuses: [...openCaseStatuses] }),
    caller.case.deadlineCounts({ tenantSlug }),
    ...caseStatuses.map((status) => count({ statuses: [status] })),
  ]);
  return {
    total,
    open,
    overdue: deadlines.overdue,
    dueSoon: deadlines.dueSoon,
    byStatus: caseStatuses.map((status, index) => ({ status, count: byStatus[index] ?? 0 })),
  };
}
