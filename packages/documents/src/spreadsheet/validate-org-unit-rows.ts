// Validates org-unit rows one by one and against each other: each row's own fields first, then
// duplicates and parents (in the file, in any order, or already in the system).
import {
  DEFAULT_MAX_NAME_LENGTH,
  isDivisionCodeShapeValid,
  isTierBelowParent,
  nameLength,
  type OrgUnitTier,
  parentPrefixMatches,
  parseCount,
  parseTier,
} from './org-unit-rules.ts';
import type { OrgUnitField } from './org-unit-sheet-labels.ts';

export type OrgUnitImportErrorCode =
  | 'REQUIRED'
  | 'DIVISION_CODE_SHAPE'
  | 'PARENT_PREFIX_MISMATCH'
  | 'PARENT_NOT_FOUND'
  | 'DUPLICATE_CODE'
  | 'TIER_INVALID'
  | 'TIER_NOT_BELOW_PARENT'
  | 'NUMBER_INVALID'
  | 'NAME_TOO_LONG'
  | 'UNKNOWN_HEADER'
  | 'MISSING_HEADER'
  | 'DUPLICATE_HEADER'
  | 'FILE_UNREADABLE'
  | 'TOO_MANY_ROWS';

export interface OrgUnitImportError {
  /** The spreadsheet's line number (header = 1); 0 for the file as a whole. */
  line: number;
  /** The column's header as written in the file; '' for the whole row or file. */
  column: string;
  code: OrgUnitImportErrorCode;
  value?: string;
}

export interface OrgUnitImportRow {
  line: number;
  divisionCode: string;
  name: string;
  /** null only for a tier-1 (county) unit. */
  parentCode: string | null;
  tier: OrgUnitTier;
  population: number | null;
  households: number | null;
}

/** One data row's cells by field (trimmed text, '' when blank or the column is absent). */
export interface OrgUnitRecord {
  line: number;
  values: Record<OrgUnitField, string>;
}

export interface ValidateOrgUnitRowsOptions {
  /** Units already in the system, by division code: parents may be among them. */
  existing?: ReadonlyMap<string, { tier: number }>;
  maxNameLength?: number;
}

export function validateOrgUnitRows(
  records: readonly OrgUnitRecord[],
  columns: Record<OrgUnitField, string>,
  options: ValidateOrgUnitRowsOptions = {},
): { rows: OrgUnitImportRow[]; errors: OrgUnitImportError[] } {
  const maxNameLength = options.maxNameLength ?? DEFAULT_MAX_NAME_LENGTH;
  const errors: OrgUnitImportError[] = [];
  const failedLines = new Set<number>();
  const fail = (line: number, field: OrgUnitField, code: OrgUnitImportErrorCode, value = '') => {
    errors.push({ line, column: columns[field], code, ...(value === '' ? {} : { value }) });
    failedLines.add(line);
  };

  // Pass 1: each row on its own; codes seen, so parents can come later in the file.
  const candidates: (OrgUnitImportRow & { prefixOk: boolean })[] = [];
  const seenCodes = new Set<string>();
  const tierByCode = new Map<string, number>();
  for (const { line, values } of records) {
    const code = values.divisionCode;
    const parentCode = values.parentCode;
    const tier = parseTier(values.tier);
    if (code === '') fail(line, 'divisionCode', 'REQUIRED');
    if (values.name === '') fail(line, 'name', 'REQUIRED');
    else if (nameLength(values.name) > maxNameLength) {
      fail(line, 'name', 'NAME_TOO_LONG', values.name);
    }
    if (values.tier === '') fail(line, 'tier', 'REQUIRED');
    else if (tier === null) fail(line, 'tier', 'TIER_INVALID', values.tier);

    const shapeOk = tier !== null && code !== '' && isDivisionCodeShapeValid(code, tier);
    if (tier !== null && code !== '' && !shapeOk) {
      fail(line, 'divisionCode', 'DIVISION_CODE_SHAPE', code);
    }
    let prefixOk = false;
    if (tier === 1 && parentCode !== '') {
      fail(line, 'tier', 'TIER_NOT_BELOW_PARENT', values.tier);
    } else if (tier !== null && tier > 1 && parentCode === '') {
      fail(line, 'parentCode', 'REQUIRED');
    } else if (tier !== null && tier > 1 && shapeOk) {
      prefixOk = parentPrefixMatches(code, tier, parentCode);
      if (!prefixOk) fail(line, 'parentCode', 'PARENT_PREFIX_MISMATCH', parentCode);
    }

    const population = parseCount(values.population);
    if (!population.ok) fail(line, 'population', 'NUMBER_INVALID', values.population);
    const households = parseCount(values.households);
    if (!households.ok) fail(line, 'households', 'NUMBER_INVALID', values.households);

    if (seenCodes.has(code)) fail(line, 'divisionCode', 'DUPLICATE_CODE', code);
    else if (code !== '') {
      seenCodes.add(code);
      if (tier !== null) tierByCode.set(code, tier);
    }
    if (tier === null) continue;
    candidates.push({
      line,
      divisionCode: code,
      name: values.name,
      parentCode: parentCode === '' ? null : parentCode,
      tier,
      population: population.ok ? population.value : null,
      households: households.ok ? households.value : null,
      prefixOk,
    });
  }

  // Pass 2: parents. Only rows whose code already fits under the parent's digits are looked
  // up, so one mistake gives one error.
  for (const candidate of candidates) {
    if (!candidate.prefixOk || candidate.parentCode === null) continue;
    const parentTier =
      tierByCode.get(candidate.parentCode) ?? options.existing?.get(candidate.parentCode)?.tier;
    if (parentTier === undefined) {
      fail(candidate.line, 'parentCode', 'PARENT_NOT_FOUND', candidate.parentCode);
    } else if (!isTierBelowParent(candidate.tier, parentTier)) {
      fail(candidate.line, 'tier', 'TIER_NOT_BELOW_PARENT', String(candidate.tier));
    }
  }

  const fieldOrder = Object.values(columns);
  errors.sort(
    (a, b) => a.line - b.line || fieldOrder.indexOf(a.column) - fieldOrder.indexOf(b.column),
  );
  const rows = candidates
    .filter((candidate) => !failedLines.has(candidate.line))
    .map(({ prefixOk: _prefixOk, ...row }) => row);
  return { rows, errors };
}
