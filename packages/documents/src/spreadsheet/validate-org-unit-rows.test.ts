import { describe, expect, it } from 'vitest';
import { ORG_UNIT_HEADERS, type OrgUnitField } from './org-unit-sheet-labels.ts';
import { type OrgUnitRecord, validateOrgUnitRows } from './validate-org-unit-rows.ts';

const columns = ORG_UNIT_HEADERS['zh-CN'];

function record(line: number, values: Partial<Record<OrgUnitField, string>>): OrgUnitRecord {
  return {
    line,
    values: {
      divisionCode: '',
      name: '单位',
      parentCode: '',
      tier: '',
      population: '',
      households: '',
      ...values,
    },
  };
}

const county = (line: number) => record(line, { divisionCode: '330199000000', tier: '1' });
const town = (line: number, code = '330199100000') =>
  record(line, { divisionCode: code, parentCode: '330199000000', tier: '2' });
const village = (line: number, code = '330199100001', parent = '330199100000') =>
  record(line, { divisionCode: code, parentCode: parent, tier: '3' });
const unit = (line: number, code = '330199100001001', parent = '330199100001') =>
  record(line, { divisionCode: code, parentCode: parent, tier: '4' });

describe('validateOrgUnitRows', () => {
  it('accepts a tree in any order and returns typed rows', () => {
    const result = validateOrgUnitRows([unit(2), village(3), town(4), county(5)], columns);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => row.line)).toEqual([2, 3, 4, 5]);
    expect(result.rows[3]).toEqual({
      line: 5,
      divisionCode: '330199000000',
      name: '单位',
      parentCode: null,
      tier: 1,
      population: null,
      households: null,
    });
  });

  it('finds parents among existing units', () => {
    const existing = new Map([['330199100001', { tier: 3 }]]);
    expect(validateOrgUnitRows([unit(2)], columns, { existing }).errors).toEqual([]);
    expect(validateOrgUnitRows([unit(2)], columns).errors).toEqual([
      { line: 2, column: '上级代码', code: 'PARENT_NOT_FOUND', value: '330199100001' },
    ]);
  });

  it('rejects a parent one tier off, whether in the file or existing', () => {
    const existing = new Map([['330199100000', { tier: 3 }]]);
    expect(validateOrgUnitRows([village(2)], columns, { existing }).errors).toEqual([
      { line: 2, column: '层级', code: 'TIER_NOT_BELOW_PARENT', value: '3' },
    ]);
    // A town under another town: the digits fit, the tiers do not.
    expect(
      validateOrgUnitRows(
        [
          town(2),
          record(3, { divisionCode: '330199101000', parentCode: '330199100000', tier: '2' }),
          county(4),
        ],
        columns,
      ).errors,
    ).toEqual([{ line: 3, column: '层级', code: 'TIER_NOT_BELOW_PARENT', value: '2' }]);
  });

  it('reports each field rule with the column as written', () => {
    const english = ORG_UNIT_HEADERS.en;
    const result = validateOrgUnitRows(
      [
        county(2),
        record(3, { tier: '2', parentCode: '330199000000' }),
        record(4, { divisionCode: '330199101000', name: '', tier: '', parentCode: '330199000000' }),
        record(5, { divisionCode: '330199102000', tier: 'town', parentCode: '330199000000' }),
        record(6, { divisionCode: '33019910000', tier: '2', parentCode: '330199000000' }),
        record(7, { divisionCode: '330199103000', tier: '2', parentCode: '' }),
        record(8, { divisionCode: '330199104000', tier: '2', parentCode: '330198000000' }),
        record(9, { divisionCode: '330198000000', tier: '1', parentCode: '330100000000' }),
        record(10, {
          divisionCode: '330199105000',
          tier: '2',
          parentCode: '330199000000',
          name: '很'.repeat(51),
          population: '-5',
          households: 'many',
        }),
      ],
      english,
    );
    expect(result.errors).toEqual([
      { line: 3, column: 'Division code', code: 'REQUIRED' },
      { line: 4, column: 'Name', code: 'REQUIRED' },
      { line: 4, column: 'Tier', code: 'REQUIRED' },
      { line: 5, column: 'Tier', code: 'TIER_INVALID', value: 'town' },
      { line: 6, column: 'Division code', code: 'DIVISION_CODE_SHAPE', value: '33019910000' },
      { line: 7, column: 'Parent code', code: 'REQUIRED' },
      { line: 8, column: 'Parent code', code: 'PARENT_PREFIX_MISMATCH', value: '330198000000' },
      { line: 9, column: 'Tier', code: 'TIER_NOT_BELOW_PARENT', value: '1' },
      { line: 10, column: 'Name', code: 'NAME_TOO_LONG', value: '很'.repeat(51) },
      { line: 10, column: 'Population', code: 'NUMBER_INVALID', value: '-5' },
      { line: 10, column: 'Households', code: 'NUMBER_INVALID', value: 'many' },
    ]);
    expect(result.rows.map((row) => row.line)).toEqual([2]);
  });

  it('reports a repeated code on the later line only', () => {
    const result = validateOrgUnitRows([county(2), town(3), town(4)], columns);
    expect(result.errors).toEqual([
      { line: 4, column: '区划代码', code: 'DUPLICATE_CODE', value: '330199100000' },
    ]);
    expect(result.rows.map((row) => row.line)).toEqual([2, 3]);
  });

  it('allows codes that already exist (the caller decides how to update them)', () => {
    const existing = new Map([
      ['330199000000', { tier: 1 }],
      ['330199100000', { tier: 2 }],
    ]);
    expect(validateOrgUnitRows([town(2)], columns, { existing }).errors).toEqual([]);
  });

  it('applies a configured name limit', () => {
    const result = validateOrgUnitRows(
      [record(2, { ...county(2).values, name: '清溪县' })],
      columns,
      {
        maxNameLength: 2,
      },
    );
    expect(result.errors).toEqual([
      { line: 2, column: '名称', code: 'NAME_TOO_LONG', value: '清溪县' },
    ]);
  });

  it('does not cascade: a child of a row with a bad count still finds its parent', () => {
    const badTown = record(3, {
      divisionCode: '330199100000',
      parentCode: '330199000000',
      tier: '2',
      population: 'x',
    });
    const result = validateOrgUnitRows([county(2), badTown, village(4)], columns);
    expect(result.errors).toEqual([
      { line: 3, column: '人口', code: 'NUMBER_INVALID', value: 'x' },
    ]);
  });
});
