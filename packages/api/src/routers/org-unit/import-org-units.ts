import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { orgUnit } from '@concord/db/schema';
import { sql } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import { loadTownUnits, outsideTown, requireTown, type Town, tierDepth } from './town-units.ts';

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

export interface OrgUnitImportProblem {
  /** Index in the given rows. */
  row: number;
  divisionCode: string;
  reason:
    | 'DUPLICATE_CODE'
    | 'TIER_OUT_OF_RANGE'
    | 'OUTSIDE_TOWN'
    | 'ROOT_CODE'
    | 'PARENT_NOT_FOUND'
    | 'TIER_MISMATCH'
    | 'TIER_CHANGED';
}

// At most 9 parameters a row: 1,000 rows stay far below PostgreSQL's 65,535 per statement.
const CHUNK = 1000;
const MAX_PROBLEMS = 50;

/**
 * Upserts a town's units by division code from already-parsed rows (a spreadsheet import).
 * Idempotent: importing the same rows again changes nothing and reports them unchanged. Parents
 * resolve by code, among stored units or rows of the same batch in any order (rows are taken
 * tier by tier, so a parent is always written before its children). All or nothing: it runs in
 * the caller's transaction and throws before writing when any row is refused. Batched for large
 * files: one INSERT … ON CONFLICT DO NOTHING per 1,000 new units, one UPDATE … FROM (VALUES …)
 * per 1,000 changed ones; unchanged rows cost nothing.
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
  const storedByCode = new Map(
    stored.filter((unit) => unit.divisionCode !== null).map((unit) => [unit.divisionCode!, unit]),
  );

  const problems: OrgUnitImportProblem[] = [];
  const refuse = (row: number, reason: OrgUnitImportProblem['reason']) =>
    problems.push({ row, divisionCode: rows[row]?.divisionCode ?? '', reason });

  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (seen.has(row.divisionCode)) refuse(index, 'DUPLICATE_CODE');
    seen.add(row.divisionCode);
    if (row.tierLevel < 3 || row.tierLevel > depth) refuse(index, 'TIER_OUT_OF_RANGE');
    else if (row.divisionCode === root.divisionCode) refuse(index, 'ROOT_CODE');
    else if (outsideTown(town, row.divisionCode)) refuse(index, 'OUTSIDE_TOWN');
  });

  // Resolve parents tier by tier; `resolved` grows with the batch.
  const resolved = new Map<string, { id: string; tierLevel: number }>(
    [...storedByCode].map(([code, unit]) => [code, { id: unit.id, tierLevel: unit.tierLevel }]),
  );
  const order = rows
    .map((_, index) => index)
    .sort((a, b) => rows[a]!.tierLevel - rows[b]!.tierLevel);
  const writes: (typeof orgUnit.$inferInsert)[] = [];
  let created = 0;
  let updated = 0;
  for (const index of order) {
    const row = rows[index]!;
    const parentCode = row.parentCode?.trim() || null;
    const parent =
      parentCode === null || parentCode === root.divisionCode
        ? { id: root.id, tierLevel: root.tierLevel }
        : resolved.get(parentCode);
    if (!parent) {
      refuse(index, 'PARENT_NOT_FOUND');
      continue;
    }
    if (parent.tierLevel !== row.tierLevel - 1) {
      refuse(index, 'TIER_MISMATCH');
      continue;
    }
    const existing = storedByCode.get(row.divisionCode);
    if (existing && existing.tierLevel !== row.tierLevel) {
      refuse(index, 'TIER_CHANGED');
      continue;
    }
    const id = existing?.id ?? newId();
    resolved.set(row.divisionCode, { id, tierLevel: row.tierLevel });
    const next = {
      name: row.name,
      parentId: parent.id,
      population: row.population === undefined ? (existing?.population ?? null) : row.population,
      households: row.households === undefined ? (existing?.households ?? null) : row.households,
    };
    if (existing) {
      const same =
        existing.name === next.name &&
        existing.parentId === next.parentId &&
        existing.population === next.population &&
        existing.households === next.households;
      if (same) continue;
      updated++;
    } else {
      created++;
    }
    writes.push({
      countyId: town.countyId,
      tenantId: town.id,
      id,
      tierLevel: row.tierLevel,
      divisionCode: row.divisionCode,
      ...next,
    });
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.row - b.row);
    throw apiError('VALIDATION_FAILED', {
      field: 'rows',
      reason: problems[0]!.reason,
      problems: problems.slice(0, MAX_PROBLEMS),
      problemCount: problems.length,
    });
  }

  const inserts = writes.filter((row) => !storedByCode.has(row.divisionCode!));
  const updates = writes.filter((row) => storedByCode.has(row.divisionCode!));
  const clashes: string[] = [];
  // New units first (parents before children: `writes` is in tier order), so updated units can
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
  const result = { created, updated, unchanged: rows.length - created - updated };
  if (created + updated > 0)
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
