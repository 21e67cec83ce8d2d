// The dashboard's caseload figures, each a real count from the case list the figure links to:
// open cases, overdue, due soon, and how many cases are in each status.
import { caseStatuses, openCaseStatuses } from './cases.ts';
import type { tenantRequest } from './tenant.server.ts';

type Caller = Awaited<ReturnType<typeof tenantRequest>>['caller'];

/** Statuses in which a deadline runs (acceptance, conclusion, follow-up visit). */
const runningStatuses = [
  'registered',
  'routed',
  'accepted',
  'assigned',
  'in_mediation',
  'closed',
] as const;
const SCAN_PAGE_SIZE = 100;
const SCAN_PAGES = 20;
/** No stage warns earlier than this many days before its due date (the settings' maximum). */
const MAX_WARN_DAYS = 365;

export interface CaseFigures {
  total: number;
  open: number;
  overdue: number;
  dueSoon: number;
  /** True when the due-soon scan stopped at its page limit: the figure is a lower bound. */
  dueSoonPartial: boolean;
  byStatus: { status: (typeof caseStatuses)[number]; count: number }[];
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Cases due soon: the list has no filter for it (only overdue), so the running cases are read
 * in due-date order and counted until the due dates are too far off to warn.
 */
async function countDueSoon(caller: Caller, tenantSlug: string, today: string) {
  const horizon = addDays(today, MAX_WARN_DAYS);
  let dueSoon = 0;
  for (let page = 1; page <= SCAN_PAGES; page++) {
    const list = await caller.case.list({
      tenantSlug,
      statuses: [...runningStatuses],
      sort: 'due_asc',
      page,
      pageSize: SCAN_PAGE_SIZE,
    });
    for (const row of list.rows) {
      if (!row.deadline || row.deadline.dueDate > horizon) return { dueSoon, partial: false };
      if (row.deadline.state === 'due_soon') dueSoon++;
    }
    if (page * SCAN_PAGE_SIZE >= list.total) return { dueSoon, partial: false };
  }
  return { dueSoon, partial: true };
}

export async function loadCaseFigures(caller: Caller, tenantSlug: string): Promise<CaseFigures> {
  const count = (input: Omit<Parameters<Caller['case']['list']>[0], 'tenantSlug'>) =>
    caller.case.list({ tenantSlug, page: 1, pageSize: 1, ...input }).then((list) => list.total);
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const [total, open, overdue, scan, ...byStatus] = await Promise.all([
    count({}),
    count({ statuses: [...openCaseStatuses] }),
    count({ overdueOnly: true }),
    countDueSoon(caller, tenantSlug, today),
    ...caseStatuses.map((status) => count({ statuses: [status] })),
  ]);
  return {
    total,
    open,
    overdue,
    dueSoon: scan.dueSoon,
    dueSoonPartial: scan.partial,
    byStatus: caseStatuses.map((status, index) => ({ status, count: byStatus[index] ?? 0 })),
  };
}
