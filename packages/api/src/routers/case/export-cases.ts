// The filtered case list as an XLSX file. It leaves the system, so personal data is masked:
// no ID numbers or phones at all, and people's names reduced to their first character (张**);
// organisations keep their names.
import { writeTableXlsx } from '@concord/documents/spreadsheet/write-case-list';
import { z } from 'zod';
import { fenToYuan } from '../agreement/document-parties.ts';
import type { CaseListContext } from './case-list-query.ts';
import { caseListSorts, caseListWhere, ZCaseListFilter } from './case-list-query.ts';
import type { CaseResult } from './case-result.ts';
import { exportLabels } from './export-labels.ts';
import { describeCaseRows, orderFor, selectCaseRows } from './list-cases.ts';

/** More than a county's caseload of a year; a bigger export needs a narrower filter. */
export const MAX_EXPORT_ROWS = 10_000;

export const ZExportCasesInput = ZCaseListFilter.extend({
  sort: z.enum(caseListSorts).default('registered_desc'),
});
export type ExportCasesInput = z.infer<typeof ZExportCasesInput>;

export async function exportCases(
  context: CaseListContext,
  options: { input: ExportCasesInput; locale: string },
) {
  const labels = exportLabels(options.locale);
  const rows = await describeCaseRows(
    context,
    await selectCaseRows(context, caseListWhere(context, options.input), { maskNames: true })
      .orderBy(...orderFor(context, options.input.sort))
      .limit(MAX_EXPORT_ROWS + 1),
  );
  const truncated = rows.length > MAX_EXPORT_ROWS;
  const headers = labels.headers;
  const columns = [
    { key: 'caseNumber', header: headers.caseNumber, kind: 'text', width: 26 },
    { key: 'registeredAt', header: headers.registeredAt, kind: 'date' },
    { key: 'status', header: headers.status, kind: 'text', width: 12 },
    { key: 'town', header: headers.town, kind: 'text', width: 12 },
    { key: 'category', header: headers.category, kind: 'text', width: 16 },
    { key: 'place', header: headers.place, kind: 'text', width: 14 },
    { key: 'source', header: headers.source, kind: 'text', width: 12 },
    { key: 'applicants', header: headers.applicants, kind: 'text', width: 16 },
    { key: 'respondents', header: headers.respondents, kind: 'text', width: 16 },
    { key: 'tier', header: headers.tier, kind: 'text', width: 10 },
    { key: 'responsible', header: headers.responsible, kind: 'text', width: 16 },
    { key: 'dueDate', header: headers.dueDate, kind: 'date' },
    { key: 'deadlineState', header: headers.deadlineState, kind: 'text', width: 10 },
    { key: 'riskColour', header: headers.riskColour, kind: 'text', width: 10 },
    { key: 'result', header: headers.result, kind: 'text', width: 12 },
    { key: 'amount', header: headers.amount, kind: 'money' },
  ] as const;
  const bytes = await writeTableXlsx({
    sheetName: labels.sheetName,
    columns,
    rows: rows.slice(0, MAX_EXPORT_ROWS).map((row) => ({
      caseNumber: row.caseNumber,
      registeredAt: row.registeredAt,
      status: labels.status[row.status],
      town: row.tenantName,
      category: row.categoryName,
      place: row.orgUnitName,
      source: labels.source[row.source],
      applicants: row.applicants,
      respondents: row.respondents,
      tier: labels.tier[row.tierLevel as 1 | 2 | 3] ?? String(row.tierLevel),
      responsible: row.responsibleName,
      dueDate: row.deadline?.dueDate,
      deadlineState: row.deadline ? labels.deadlineState[row.deadline.state] : null,
      riskColour: row.riskColour ? labels.riskColour[row.riskColour] : null,
      result: row.result ? labels.result[row.result as CaseResult] : null,
      amount: row.amountInvolvedFen === null ? null : fenToYuan(row.amountInvolvedFen),
    })),
  });
  return {
    fileName: `${labels.sheetName}-${context.today}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    rowCount: Math.min(rows.length, MAX_EXPORT_ROWS),
    truncated,
    contentBase64: Buffer.from(bytes).toString('base64'),
  };
}
