// Importing a town's units from an uploaded spreadsheet: read and check the file (the documents
// package), then write all rows in one go (`orgUnit.importRows`) only when nothing is wrong.
// Used by the import page's form post (no JavaScript) and by the upload endpoint the page's
// script posts to (with upload progress); both get the same outcome.
import type { OrgUnitImportProblem } from '@concord/api/org-unit/import';
import {
  ORG_UNIT_HEADERS,
  type OrgUnitField,
} from '@concord/documents/spreadsheet/org-unit-sheet-labels';
import { readOrgUnitFile } from '@concord/documents/spreadsheet/read-org-unit-file';
import type { Locale } from '@concord/i18n';
import type { AppContext } from '../context.server.ts';
import {
  apiErrorMessage,
  failureStatus,
  readApiError,
  unexpectedError,
} from './api-errors.server.ts';
import { type Message, message } from './messages.ts';
import type { Caller } from './settings.server.ts';

/** Larger files are refused before they are read (about 100,000 rows of XLSX). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
/** The error table shows this many; the count says how many there are. */
const MAX_ERRORS_SHOWN = 1000;

export interface ImportError {
  /** The spreadsheet's line (header = 1); 0 for the file as a whole. */
  line: number;
  /** The column's header as written, or the field's name where the server found the problem. */
  column: string;
  code: string;
  value?: string;
}

export type ImportOutcome =
  | {
      status: 'imported';
      fileName: string;
      rows: number;
      created: number;
      updated: number;
      unchanged: number;
    }
  | { status: 'refused'; fileName: string; rows: number; errors: ImportError[]; errorCount: number }
  | { status: 'failed'; formError: Message };

/**
 * A body larger than the file limit (plus room for the multipart envelope) is refused before it
 * is read: `request.formData()` would otherwise hold all of it in memory.
 */
export function oversizedUpload(
  request: Request,
): { outcome: ImportOutcome; status: number } | null {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (!(length > MAX_IMPORT_BYTES + 64 * 1024)) return null;
  return {
    outcome: {
      status: 'failed',
      formError: message('units.import.tooLarge', { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 }),
    },
    status: 413,
  };
}

/** The file's column for the row field an import problem found by the server names. */
const fileColumn: Record<OrgUnitImportProblem['column'], OrgUnitField> = {
  divisionCode: 'divisionCode',
  parentCode: 'parentCode',
  tierLevel: 'tier',
};

function refused(fileName: string, rows: number, errors: ImportError[], count = errors.length) {
  return {
    status: 'refused' as const,
    fileName,
    rows,
    errors: errors.slice(0, MAX_ERRORS_SHOWN),
    errorCount: count,
  };
}

export async function importOrgUnitFile(
  app: AppContext,
  caller: Caller,
  options: { tenantSlug: string; file: FormDataEntryValue | null; locale: Locale },
): Promise<{ outcome: ImportOutcome; status: number }> {
  const { file, tenantSlug } = options;
  if (!(file instanceof File) || file.size === 0)
    return {
      outcome: { status: 'failed', formError: message('units.import.noFile') },
      status: 400,
    };
  if (file.size > MAX_IMPORT_BYTES)
    return {
      outcome: {
        status: 'failed',
        formError: message('units.import.tooLarge', { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 }),
      },
      status: 413,
    };
  const fileName = file.name;
  const headers = ORG_UNIT_HEADERS[options.locale];
  try {
    // Parents may already be in the system: the town's own codes, the town's root among them.
    const tree = await caller.orgUnit.tree({ tenantSlug });
    const existing = new Map(
      tree.units
        .filter((unit) => unit.divisionCode !== null)
        .map((unit) => [unit.divisionCode as string, { tier: unit.tierLevel }]),
    );
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = await readOrgUnitFile(bytes, { existing, maxRows: MAX_IMPORT_ROWS });
    if (read.errors.length > 0)
      return { outcome: refused(fileName, read.rows.length, read.errors), status: 422 };
    if (read.rows.length === 0)
      return {
        outcome: { status: 'failed', formError: message('units.import.noRows') },
        status: 422,
      };
    const lineOf = new Map(read.rows.map((row) => [row.divisionCode, row.line]));
    try {
      const result = await caller.orgUnit.importRows({
        tenantSlug,
        rows: read.rows.map((row) => ({
          divisionCode: row.divisionCode,
          name: row.name,
          parentCode: row.parentCode,
          tierLevel: row.tier,
          // A blank cell keeps what is stored rather than erasing it.
          ...(row.population === null ? {} : { population: row.population }),
          ...(row.households === null ? {} : { households: row.households }),
        })),
      });
      return {
        outcome: { status: 'imported', fileName, rows: read.rows.length, ...result },
        status: 200,
      };
    } catch (error) {
      const apiError = readApiError(error);
      const details = apiError?.details ?? {};
      // Problems only the server can see (tiers beyond the county's depth, codes of other towns),
      // or the reader's own rules the server applies again.
      if (apiError?.code === 'VALIDATION_FAILED' && Array.isArray(details.problems)) {
        const problems = details.problems as OrgUnitImportProblem[];
        const errors = problems.map((problem) => ({
          line: read.rows[problem.row]?.line ?? 0,
          column: headers[fileColumn[problem.column]],
          code: problem.reason,
          value: problem.divisionCode,
        }));
        return {
          outcome: refused(
            fileName,
            read.rows.length,
            errors,
            Number(details.problemCount ?? errors.length),
          ),
          status: 422,
        };
      }
      if (apiError?.code === 'CONFLICT' && Array.isArray(details.divisionCodes)) {
        const errors = (details.divisionCodes as string[]).map((code) => ({
          line: lineOf.get(code) ?? 0,
          column: headers.divisionCode,
          code: 'DIVISION_CODE_TAKEN',
          value: code,
        }));
        return {
          outcome: refused(
            fileName,
            read.rows.length,
            errors,
            Number(details.count ?? errors.length),
          ),
          status: 409,
        };
      }
      throw error;
    }
  } catch (error) {
    const apiError = readApiError(error);
    if (!apiError) throw unexpectedError(app, error);
    return {
      outcome: { status: 'failed', formError: apiErrorMessage(apiError) },
      status: failureStatus(error),
    };
  }
}
