import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { orgUnit } from '@concord/db/schema';
import {
  isDivisionCodeShapeValid,
  isOrgUnitTier,
  parentPrefixMatches,
} from '@concord/domain/org-unit/division-code';
import { sql } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import {
  loadTownUnits,
  type OrgUnitRecord,
  outsideTown,
  requireTown,
  type Town,
  tierDepth,
} from './town-units.ts';

export interface OrgUnitImportRow {
  divisionCode: string;
  name: string;
  /** The parent's code; empty for a tier-3 unit directly under the town. */
  parentCode?: string | null | undefined;
  tierLevel: number;
  /** Absent keeps what is stored (a file without the column wipes nothing). */
  population?: number | null | undefined;
  households?: number | null | undefined;
}

export interface OrgUnitImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

/** The row field each refusal is about: the column the web layer points at. */
const PROBLEM_COLUMN = {
  DUPLICATE_CODE: 'divisionCode',
  DIVISION_CODE_SHAPE: 'divisionCode',
  ROOT_CODE: 'divisionCode',
  OUTSIDE_TOWN: 'divisionCode',
  PARENT_PREFIX_MISMATCH: 'parentCode',
  PARENT_NOT_FOUND: 'parentCode',
  TIER_OUT_OF_RANGE: 'tierLevel',
  TIER_MISMATCH: 'tierLevel',
  TIER_CHANGED: 'tierLevel',
} as const satisfies Record<string, keyof OrgUnitImportRow>;

export type OrgUnitImportReason = keyof typeof PROBLEM_COLUMN;

export interface OrgUnitImportProblem {
  /** Index in the given rows. */
  row: number;
  column: (typeof PROBLEM_COLUMN)[OrgUnitImportReason];
  divisionCode: string;
  reason: OrgUnitImportReason;
}

// At most 9 parameters a row: 1,000 rows stay far below PostgreSQL's 65,535 per statement.
const CHUNK = 1000;
const MAX_PROBLEMS = 50;

interface Batch {
  town: Town;
  /** The town's own unit (tier 2): the parent of rows without a parent code. */
  root: OrgUnitRecord;
  depth: number;
  rows: readonly OrgUnitImportRow[];
}

/** A unit a row may hang under: stored, or a row of the batch. */
interface KnownUnit {
  id: string;
  tierLevel: number;
}

type UnitWrite = typeof orgUnit.$inferInsert;

/**
 * What is wrong with a row's tier and code on their own (the domain's shape for the tier, the
 * town's prefix); null when nothing.
 */
function codeProblem(row: OrgUnitImportRow, batch: Batch): OrgUnitImportReason | null {
  const tier = row.tierLevel;
  if (tier < 3 || tier > batch.depth || !isOrgUnitTier(tier)) return 'TIER_OUT_OF_RANGE';
  if (row.divisionCode === batch.root.divisionCode) return 'ROOT_CODE';
  if (!isDivisionCodeShapeValid(row.divisionCode, tier)) return 'DIVISION_CODE_SHAPE';
  if (outsideTown(batch.town, row.divisionCode)) return 'OUTSIDE_TOWN';
  return null;
}

/**
 * What is wrong with a row's place: its code not extending the parent's (judged only for a
 * well-formed code, and before the parent is looked up, so one mistake is one problem, as in
 * the file reader), a parent missing or not one tier up, a stored code at another tier.
 */
function placeProblem(
  row: OrgUnitImportRow,
  place: {
    codeOk: boolean;
    /** The parent's code; null when the parent is a root without one (older data). */
    parentCode: string | null;
    parent: KnownUnit | undefined;
    existing: OrgUnitRecord | undefined;
  },
): OrgUnitImportReason | null {
  const { parentCode, parent, existing } = place;
  if (
    place.codeOk &&
    parentCode !== null &&
    isOrgUnitTier(row.tierLevel) &&
    !parentPrefixMatches(row.divisionCode, row.tierLevel, parentCode)
  )
    return 'PARENT_PREFIX_MISMATCH';
  if (!parent) return 'PARENT_NOT_FOUND';
  if (parent.tierLevel !== row.tierLevel - 1) return 'TIER_MISMATCH';
  if (existing && existing.tierLevel !== row.tierLevel) return 'TIER_CHANGED';
  return null;
}

/** The row's unit as it will be written; null when the stored one already is so. */
function unitWrite(
  batch: Batch,
  row: OrgUnitImportRow,
  unit: { id: string; parentId: string; existing: OrgUnitRecord | undefined },
): UnitWrite | null {
  const { existing } = unit;
  const next = {
    name: row.name,
    parentId: unit.parentId,
    population: row.population === undefined ? (existing?.population ?? null) : row.population,
    households: row.households === undefined ? (existing?.households ?? null) : row.households,
  };
  if (
    existing &&
    existing.name === next.name &&
    existing.parentId === next.parentId &&
    existing.population === next.population &&
    existing.households === next.households
  )
    return null;
  return {
    countyId: batch.town.countyId,
    tenantId: batch.town.id,
    id: unit.id,
    tierLevel: row.tierLevel,
    divisionCode: row.divisionCode,
    ...next,
  };
}

/** Every problem of the batch, by row, and the writes it needs when there is none. */
function planImport(
  batch: Batch,
  stored: readonly OrgUnitRecord[],
): { problems: OrgUnitImportProblem[]; inserts: UnitWrite[]; updates: UnitWrite[] } {
  const { root, rows } = batch;
  const problems: OrgUnitImportProblem[] = [];
  const refuse = (row: number, reason: OrgUnitImportReason) =>
    problems.push({
      row,
      column: PROBLEM_COLUMN[reason],
      divisionCode: rows[row]!.divisionCode,
      reason,
    });
  const storedByCode = new Map(
    stored.filter((unit) => unit.divisionCode !== null).map((unit) => [unit.divisionCode!, unit]),
  );

  // Each row on its own. Every code of the batch is known before parents are looked up: rows
  // come in any order, and a refused row's children are judged on their own, not as orphans.
  const known = new Map<string, KnownUnit>(storedByCode);
  const codeOk: boolean[] = [];
  const batchCodes = new Set<string>();
  rows.forEach((row, index) => {
    if (batchCodes.has(row.divisionCode)) refuse(index, 'DUPLICATE_CODE');
    else {
      const id = storedByCode.get(row.divisionCode)?.id ?? newId();
      known.set(row.divisionCode, { id, tierLevel: row.tierLevel });
    }
    batchCodes.add(row.divisionCode);
    const problem = codeProblem(row, batch);
    if (problem) refuse(index, problem);
    codeOk.push(problem === null);
  });

  // Then each row's place, tier by tier: the writes have every parent before its children.
  const order = rows
    .map((_, index) => index)
    .sort((a, b) => rows[a]!.tierLevel - rows[b]!.tierLevel);
  const inserts: UnitWrite[] = [];
  const updates: UnitWrite[] = [];
  for (const index of order) {
    const row = rows[index]!;
    const parentCode = row.parentCode?.trim() || null;
    const parent =
      parentCode === null || parentCode === root.divisionCode ? root : known.get(parentCode);
    const existing = storedByCode.get(row.divisionCode);
    const problem = placeProblem(row, {
      codeOk: codeOk[index]!,
      parentCode: parentCode ?? root.divisionCode,
      parent,
      existing,
    });
    if (problem) refuse(index, problem);
    // Once any row is refused nothing is written: only the problems still matter.
    if (problems.length > 0 || !parent) continue;
    const write = unitWrite(batch, row, {
      id: known.get(row.divisionCode)!.id,
      parentId: parent.id,
      existing,
    });
    if (write) (existing ? updates : inserts).push(write);
  }
  return { problems: problems.sort((a, b) => a.row - b.row), inserts, updates };
}

/**
 * Upserts a town's units by division code from already-parsed rows (a spreadsheet import).
 * Idempotent: importing the same rows again changes nothing and reports them unchanged. Parents
 * resolve by code, among stored units or rows of the same batch in any order (rows are taken
 * tier by tier, so a parent is always written before its children). Every row is held to the
 * domain's division-code rules (the file reader's), since a client may call this directly. All
 * or nothing: it runs in the caller's transaction and throws, naming every bad row, before
 * writing when any row is refused. Batched for large files: one INSERT … ON CONFLICT DO NOTHING
 * per 1,000 new units, one UPDATE … FROM (VALUES …) per 1,000 changed ones; unchanged rows cost
 * nothing.
 */
export async function importOrgUnits(
  tx: Transaction,
  options: { tenant: Town; rows: readonly OrgUnitImportRow[]; actorUserId: string | null },
): Promise<OrgUnitImportResult> {
  const { tenant: town, rows } = options;
  requireTown(town);
  const depth = await tierDepth(tx, town);
  const stored = await loadTownUnits(tx, town);
  const root = stored.find((unit) => unit.tierLevel === 2);
  if (!root) throw apiError('CONFLICT', { reason: 'TOWN_ROOT_MISSING' });

  const { problems, inserts, updates } = planImport({ town, root, depth, rows }, stored);
  if (problems.length > 0)
    throw apiError('VALIDATION_FAILED', {
      field: 'rows',
      reason: problems[0]!.reason,
      problems: problems.slice(0, MAX_PROBLEMS),
      problemCount: problems.length,
    });

  const clashes: string[] = [];
  // New units first (parents before children: `inserts` are in tier order), so updated units can
  // point at them. DO NOTHING, not DO UPDATE: the code is unique county-wide, and a unit of
  // another town holding it must be reported, never updated; PostgreSQL 15 raises an RLS error
  // for DO UPDATE on a conflicting row the scope cannot see (18 skips it when the DO UPDATE
  // WHERE is false), while DO NOTHING skips it on both.
  for (let start = 0; start < inserts.length; start += CHUNK) {
    const chunk = inserts.slice(start, start + CHUNK);
    const written = await tx
      .insert(orgUnit)
      .values(chunk)
      .onConflictDoNothing({ target: [orgUnit.countyId, orgUnit.divisionCode] })
      .returning({ divisionCode: orgUnit.divisionCode });
    if (written.length < chunk.length) {
      const done = new Set(written.map((row) => row.divisionCode));
      clashes.push(...chunk.map((row) => row.divisionCode!).filter((code) => !done.has(code)));
    }
  }
  if (clashes.length > 0)
    throw apiError('CONFLICT', {
      reason: 'DIVISION_CODE_TAKEN',
      divisionCodes: clashes.slice(0, MAX_PROBLEMS),
      count: clashes.length,
    });

  // Changed units of this town, by id, a chunk per statement.
  for (let start = 0; start < updates.length; start += CHUNK) {
    const chunk = updates.slice(start, start + CHUNK);
    const values = sql.join(
      chunk.map(
        (row) =>
          sql`(${row.id}::uuid, ${row.name}, ${row.parentId}::uuid, ${row.population ?? null}::integer, ${row.households ?? null}::integer)`,
      ),
      sql`, `,
    );
    await tx.execute(sql`update ${orgUnit} set
        name = changed.name,
        parent_id = changed.parent_id,
        population = changed.population,
        households = changed.households
      from (values ${values}) as changed (id, name, parent_id, population, households)
      where ${orgUnit.countyId} = ${town.countyId} and ${orgUnit.tenantId} = ${town.id}
        and ${orgUnit.id} = changed.id`);
  }
  const result = {
    created: inserts.length,
    updated: updates.length,
    unchanged: rows.length - inserts.length - updates.length,
  };
  if (inserts.length + updates.length > 0)
    await writeAudit(tx, {
      countyId: town.countyId,
      tenantId: town.id,
      actorUserId: options.actorUserId,
      action: 'org_unit.imported',
      targetType: 'tenant',
      targetId: town.id,
      detail: { rows: rows.length, ...result },
    });
  return result;
}
