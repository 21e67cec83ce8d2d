// The org-unit spreadsheet's headers and sheet texts in both languages, defined once: the
// template and the export write these headers and the reader accepts exactly these (plus a few
// spellings people type by hand).
import { DEFAULT_MAX_NAME_LENGTH } from './org-unit-rules.ts';

export type SpreadsheetLocale = 'zh-CN' | 'en';

export type OrgUnitField =
  | 'divisionCode'
  | 'name'
  | 'parentCode'
  | 'tier'
  | 'population'
  | 'households';

/** Column order of the template and the export. */
export const ORG_UNIT_FIELDS: readonly OrgUnitField[] = [
  'divisionCode',
  'name',
  'parentCode',
  'tier',
  'population',
  'households',
];

/** A tier-1 unit has no parent, so the parent column must exist but may be blank. */
export const REQUIRED_HEADERS: readonly OrgUnitField[] = [
  'divisionCode',
  'name',
  'parentCode',
  'tier',
];

export const ORG_UNIT_HEADERS: Record<SpreadsheetLocale, Record<OrgUnitField, string>> = {
  'zh-CN': {
    divisionCode: '区划代码',
    name: '名称',
    parentCode: '上级代码',
    tier: '层级',
    population: '人口',
    households: '户数',
  },
  en: {
    divisionCode: 'Division code',
    name: 'Name',
    parentCode: 'Parent code',
    tier: 'Tier',
    population: 'Population',
    households: 'Households',
  },
};

const HEADER_ALIASES: Record<string, OrgUnitField> = {
  行政区划代码: 'divisionCode',
  代码: 'divisionCode',
  上级区划代码: 'parentCode',
  级别: 'tier',
  人口数: 'population',
  户籍人口: 'population',
  code: 'divisionCode',
  parent: 'parentCode',
  level: 'tier',
};

export const ORG_UNIT_SHEET_TEXT: Record<
  SpreadsheetLocale,
  { dataSheet: string; instructionsSheet: string; instructions: string[] }
> = {
  'zh-CN': {
    dataSheet: '组织单位',
    instructionsSheet: '填写说明',
    instructions: [
      '组织单位导入说明',
      '1. 第一行为表头，请勿修改；第二行为示例，导入前请删除或改为实际数据。',
      '2. 区划代码：按 GB/T 2260 统计用区划代码填写。县、乡镇（街道）、村（社区）为 12 位数字；村民小组/网格为所属村（社区）的 12 位代码后加 3 位，共 15 位。',
      '3. 层级：填写 1–4 的整数。1 为县级，2 为乡镇（街道）级，3 为村（社区）级，4 为村民小组/网格级。',
      '4. 代码规则：乡镇代码末 3 位为 000；村（社区）代码前 9 位与所属乡镇相同；村民小组/网格代码前 12 位为所属村（社区）代码。',
      '5. 上级代码：填写上一层级单位的区划代码，县级单位留空。上级单位可以在本表中，也可以是系统中已有的单位。',
      '6. 人口、户数：选填，填写非负整数。',
      `7. 名称不超过 ${DEFAULT_MAX_NAME_LENGTH} 个字；同一区划代码在表中只能出现一次。`,
      '8. 区划代码、上级代码两列为文本格式，请勿改为数字格式，以免代码被改写为科学计数法。',
    ],
  },
  en: {
    dataSheet: 'Org units',
    instructionsSheet: 'Instructions',
    instructions: [
      'Importing org units',
      '1. Row 1 holds the headers; do not change them. Row 2 is an example: delete it or replace it with real data before importing.',
      '2. Division code: the GB/T 2260 statistical division code. Counties, towns (streets) and villages (communities) have 12 digits; a resident unit (village group / grid) adds 3 digits to its village code, 15 in all.',
      '3. Tier: a whole number 1–4. 1 = county, 2 = town/street, 3 = village/community, 4 = resident unit (village group / grid).',
      '4. Code rules: a town code ends in 000; a village code starts with the first 9 digits of its town; a resident unit code starts with its village code.',
      '5. Parent code: the division code of the unit one tier up; leave it blank for the county. The parent may be in this sheet or already in the system.',
      '6. Population, households: optional, whole numbers of 0 or more.',
      `7. Names have at most ${DEFAULT_MAX_NAME_LENGTH} characters; a division code appears at most once in the sheet.`,
      '8. The code columns are formatted as text; keep them so, or the spreadsheet may turn codes into scientific notation.',
    ],
  },
};

function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

const HEADER_INDEX = new Map<string, { field: OrgUnitField; locale: SpreadsheetLocale | null }>();
for (const locale of Object.keys(ORG_UNIT_HEADERS) as SpreadsheetLocale[]) {
  for (const field of ORG_UNIT_FIELDS) {
    HEADER_INDEX.set(normaliseHeader(ORG_UNIT_HEADERS[locale][field]), { field, locale });
  }
}
for (const [alias, field] of Object.entries(HEADER_ALIASES)) {
  HEADER_INDEX.set(normaliseHeader(alias), { field, locale: null });
}
// Hand-typed English headers often arrive as identifiers (divisionCode, parent_code).
for (const field of ORG_UNIT_FIELDS) {
  HEADER_INDEX.set(normaliseHeader(field), { field, locale: 'en' });
}

/** The field a header names, in either language, ignoring case, spacing and full-width forms. */
export function matchOrgUnitHeader(
  header: string,
): { field: OrgUnitField; locale: SpreadsheetLocale | null } | null {
  return HEADER_INDEX.get(normaliseHeader(header)) ?? null;
}
