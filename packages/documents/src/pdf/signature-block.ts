// The end of a standard document: signature cells two to a row (each with the signer's printed
// name and a line to sign on, with room above it for a hand signature or a fingerprint), then
// the committee's name, the seal placeholder and the date at the right, where the seal goes.
import { BODY_SIZE, contentWidth, lineHeight, type Pdf, REGULAR } from './official-document.ts';

export interface SignatureCell {
  role: string;
  name: string;
  signLabel: string;
}

export interface SignatureBlock {
  /** Rows of cells; each group starts on a new row (parties, then mediator and recorder). */
  groups: SignatureCell[][];
  closing: string[];
}

const ROW_HEIGHT = 76;
const SIGN_LINE_OFFSET = 38;
const CELL_GAP = 24;
const MIN_CLOSING_WIDTH = 210;
const CLOSING_GAP = 28;

interface Placed {
  cell: SignatureCell;
  column: number;
  top: number;
  /** From the cell's top to its signing line: more when a long name wraps. */
  signOffset: number;
}

interface Layout {
  cells: Placed[];
  closingTop: number;
  closingWidth: number;
  height: number;
}

function cellWidthOf(doc: Pdf): number {
  return (contentWidth(doc) - CELL_GAP) / 2;
}

function roleText(cell: SignatureCell): string {
  return `${cell.role}：${cell.name}`;
}

/** Positions relative to the block's top, shared by the height check and the drawing. */
function layout(doc: Pdf, block: SignatureBlock): Layout {
  doc.font(REGULAR).fontSize(BODY_SIZE);
  const line = lineHeight(doc);
  const cellWidth = cellWidthOf(doc);
  const cells: Placed[] = [];
  let top = BODY_SIZE;
  for (const group of block.groups) {
    for (let start = 0; start < group.length; start += 2) {
      const row = group.slice(start, start + 2);
      // A legal person's long name wraps; the signing line moves down for the whole row.
      const nameHeight = Math.max(
        ...row.map((cell) => doc.heightOfString(roleText(cell), { width: cellWidth })),
      );
      const signOffset = SIGN_LINE_OFFSET + nameHeight - doc.currentLineHeight();
      row.forEach((cell, column) => {
        cells.push({ cell, column, top, signOffset });
      });
      top += ROW_HEIGHT + signOffset - SIGN_LINE_OFFSET;
    }
  }
  // The committee name, seal placeholder and date are centred on each other, flush right.
  const closingWidth = Math.min(
    contentWidth(doc),
    Math.max(
      MIN_CLOSING_WIDTH,
      ...block.closing.map((text) => doc.widthOfString(text) + BODY_SIZE),
    ),
  );
  const last = cells.at(-1);
  const closingTop = last ? last.top + last.signOffset + line + CLOSING_GAP : top + CLOSING_GAP;
  return { cells, closingTop, closingWidth, height: closingTop + block.closing.length * line };
}

export function signatureBlockHeight(doc: Pdf, block: SignatureBlock): number {
  return layout(doc, block).height;
}

function writeCell(doc: Pdf, placed: Placed, x: number, y: number, width: number): void {
  doc.font(REGULAR).fontSize(BODY_SIZE);
  doc.text(roleText(placed.cell), x, y, { width });
  const signY = y + placed.signOffset;
  const label = `${placed.cell.signLabel}：`;
  doc.text(label, x, signY, { width, lineBreak: false });
  const lineStart = x + doc.widthOfString(label);
  const baseline = signY + doc.currentLineHeight() - 2;
  doc
    .moveTo(lineStart, baseline)
    .lineTo(x + width, baseline)
    .lineWidth(0.6)
    .strokeColor('black')
    .stroke();
}

/** Draws the block at the cursor; the caller has made sure it fits on the page. */
export function writeSignatureBlock(doc: Pdf, block: SignatureBlock): void {
  const left = doc.page.margins.left;
  const top = doc.y;
  const cellWidth = cellWidthOf(doc);
  const { cells, closingTop, closingWidth, height } = layout(doc, block);
  for (const placed of cells) {
    const x = left + placed.column * (cellWidth + CELL_GAP);
    writeCell(doc, placed, x, top + placed.top, cellWidth);
  }
  const closingLeft = left + contentWidth(doc) - closingWidth;
  let y = top + closingTop;
  doc.font(REGULAR).fontSize(BODY_SIZE);
  for (const text of block.closing) {
    doc.text(text, closingLeft, y, { width: closingWidth, align: 'center', lineBreak: false });
    y += lineHeight(doc);
  }
  doc.x = left;
  doc.y = top + height;
}
