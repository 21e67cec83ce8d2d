// One block per party, as the agreement form lays them out: the party's name on its own line,
// then its particulars as "label：value" cells two to a line, the address on a line of its own.
import { formatChineseDate } from './chinese-date.ts';
import type { DocumentParty } from './document-types.ts';
import {
  BODY_LINE_GAP,
  BODY_SIZE,
  BOLD,
  contentWidth,
  keepTogether,
  lineHeight,
  PARAGRAPH_INDENT,
  type Pdf,
  REGULAR,
  writeParagraph,
} from './official-document.ts';
import { agreementWording as wording } from './standard-wording.ts';

interface Field {
  label: string;
  value: string | undefined;
  wide?: boolean;
}

const COLUMNS = 2;
const CELL_GAP = 8;

function partyFields(party: DocumentParty): Field[] {
  if (party.kind === 'legalPerson') {
    return [
      { label: wording.legalPersonAddressLabel, value: party.address, wide: true },
      { label: wording.legalRepresentativeLabel, value: party.legalRepresentative },
      { label: wording.legalRepresentativeTitleLabel, value: party.legalRepresentativeTitle },
      { label: wording.phoneLabel, value: party.phone },
    ];
  }
  return [
    { label: wording.sexLabel, value: party.sex && wording.sex[party.sex] },
    { label: wording.ethnicityLabel, value: party.ethnicity },
    {
      label: wording.birthDateLabel,
      value: party.birthDate === undefined ? undefined : formatChineseDate(party.birthDate),
    },
    {
      label: wording.ageLabel,
      value: party.age === undefined ? undefined : wording.age(party.age),
    },
    { label: wording.occupationLabel, value: party.occupation },
    { label: wording.idNumberLabel, value: party.idNumber },
    { label: wording.phoneLabel, value: party.phone },
    { label: wording.addressLabel, value: party.address, wide: true },
  ];
}

/** 当事人, or 当事人（甲方） when the caller designates the party. */
export function partyRole(party: DocumentParty): string {
  return party.designation ? `${wording.party}（${party.designation}）` : wording.party;
}

function writeFieldGrid(doc: Pdf, fields: Field[]): void {
  const left = doc.page.margins.left + PARAGRAPH_INDENT;
  const width = contentWidth(doc) - PARAGRAPH_INDENT;
  const columnWidth = width / COLUMNS;
  const textOptions = { lineGap: BODY_LINE_GAP };
  doc.font(REGULAR).fontSize(BODY_SIZE);

  type Cell = { text: string; column: number; span: number };
  const lines: Cell[][] = [];
  let line: Cell[] = [];
  let column = 0;
  for (const field of fields) {
    if (!field.value) continue;
    const text = `${field.label}：${field.value}`;
    const needed = Math.ceil((doc.widthOfString(text) + CELL_GAP) / columnWidth);
    const span = field.wide ? COLUMNS : Math.min(COLUMNS, needed);
    if (column + span > COLUMNS) {
      lines.push(line);
      line = [];
      column = 0;
    }
    line.push({ text, column, span });
    column += span;
  }
  if (line.length > 0) lines.push(line);

  for (const cells of lines) {
    const heights = cells.map((cell) =>
      doc.heightOfString(cell.text, { ...textOptions, width: cell.span * columnWidth - CELL_GAP }),
    );
    const height = Math.max(...heights);
    keepTogether(doc, height);
    const y = doc.y;
    for (const cell of cells) {
      doc.text(cell.text, left + cell.column * columnWidth, y, {
        ...textOptions,
        width: cell.span * columnWidth - CELL_GAP,
      });
    }
    doc.x = doc.page.margins.left;
    doc.y = y + height;
  }
}

/** Writes one party's block; the heading is kept on the page with the first line of fields. */
export function writePartyBlock(doc: Pdf, party: DocumentParty): void {
  keepTogether(doc, lineHeight(doc) * 2);
  writeParagraph(doc, `${partyRole(party)}：${party.name}`, { font: BOLD });
  writeFieldGrid(doc, partyFields(party));
  doc.y += BODY_SIZE * 0.5;
}
