// Reads an uploaded org-unit file (CSV or XLSX, Chinese or English headers) into validated rows
// and a list of errors by line and column; the caller localises the error codes.

import {
  matchOrgUnitHeader,
  ORG_UNIT_FIELDS,
  ORG_UNIT_HEADERS,
  type OrgUnitField,
  REQUIRED_HEADERS,
  type SpreadsheetLocale,
} from './org-unit-sheet-labels.ts';
import { readTableFile, type TableRow } from './read-table-file.ts';
import {
  type OrgUnitImportError,
  type OrgUnitImportRow,
  type OrgUnitRecord,
  type ValidateOrgUnitRowsOptions,
  validateOrgUnitRows,
} from './validate-org-unit-rows.ts';

export interface ReadOrgUnitFileOptions extends ValidateOrgUnitRowsOptions {
  /** Data rows allowed (header and blank rows not counted); default 20,000. */
  maxRows?: number;
}

export interface OrgUnitImportResult {
  /**
   * The rows without errors of their own, in file order. A row whose parent row has an error is
   * still here (one mistake, one error), so import all-or-nothing: only when `errors` is empty.
   */
  rows: OrgUnitImportRow[];
  errors: OrgUnitImportError[];
}

export const DEFAULT_MAX_ROWS = 20_000;

interface HeaderMap {
  indexes: Partial<Record<OrgUnitField, number>>;
  columns: Record<OrgUnitField, string>;
  errors: OrgUnitImportError[];
}

function mapHeader(header: TableRow): HeaderMap {
  const indexes: Partial<Record<OrgUnitField, number>> = {};
  const columns = Object.fromEntries(ORG_UNIT_FIELDS.map((field) => [field, ''])) as Record<
    OrgUnitField,
    string
  >;
  const errors: OrgUnitImportError[] = [];
  const votes: Record<SpreadsheetLocale, number> = { 'zh-CN': 0, en: 0 };
  header.cells.forEach((written, index) => {
    if (written === '') return;
    const match = matchOrgUnitHeader(written);
    if (!match) {
      errors.push({ line: header.line, column: written, code: 'UNKNOWN_HEADER', value: written });
    } else if (indexes[match.field] !== undefined) {
      errors.push({ line: header.line, column: written, code: 'DUPLICATE_HEADER', value: written });
    } else {
      indexes[match.field] = index;
      columns[match.field] = written;
      if (match.locale) votes[match.locale] += 1;
    }
  });
  // A missing column has no header as written: name it in the language the file uses.
  const locale: SpreadsheetLocale = votes.en > votes['zh-CN'] ? 'en' : 'zh-CN';
  for (const field of REQUIRED_HEADERS) {
    if (indexes[field] === undefined) {
      errors.push({
        line: header.line,
        column: ORG_UNIT_HEADERS[locale][field],
        code: 'MISSING_HEADER',
      });
    }
  }
  return { indexes, columns, errors };
}

export async function readOrgUnitFile(
  bytes: Uint8Array,
  options: ReadOrgUnitFileOptions = {},
): Promise<OrgUnitImportResult> {
  const table = await readTableFile(bytes);
  const [header, ...data] = table ?? [];
  if (!header) return { rows: [], errors: [{ line: 0, column: '', code: 'FILE_UNREADABLE' }] };

  const { indexes, columns, errors } = mapHeader(header);
  if (errors.length > 0) return { rows: [], errors };

  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const firstOverLimit = data[maxRows];
  if (firstOverLimit) {
    return {
      rows: [],
      errors: [
        { line: firstOverLimit.line, column: '', code: 'TOO_MANY_ROWS', value: String(maxRows) },
      ],
    };
  }

  const records: OrgUnitRecord[] = data.map((row) => ({
    line: row.line,
    values: Object.fromEntries(
      ORG_UNIT_FIELDS.map((field) => {
        const index = indexes[field];
        const cell = index === undefined ? '' : (row.cells[index] ?? '');
        // Codes and numbers typed with a Chinese input method may be full-width (３３０１…);
        // names keep their full-width punctuation.
        return [field, field === 'name' ? cell : cell.normalize('NFKC')];
      }),
    ) as Record<OrgUnitField, string>,
  }));
  return validateOrgUnitRows(records, columns, options);
}
