// Page set-up and the few layout moves the standard documents share: A4 with official-document
// margins, the embedded CJK font, paragraphs with a two-character first-line indent, blocks that
// must not split across pages, and "第 1 页 共 2 页" footers written once the page count is known.
import PDFDocument from 'pdfkit';
import { chinaMidnight } from './chinese-date.ts';
import type { CjkFonts } from './cjk-fonts.ts';
import { pageNumberWording } from './standard-wording.ts';

export type Pdf = PDFKit.PDFDocument;

export const REGULAR = 'regular';
export const BOLD = 'bold';
export const BODY_SIZE = 12;
export const BODY_LINE_GAP = 6;
/** Chinese paragraphs open with two full-width characters of indent. */
export const PARAGRAPH_INDENT = 2 * BODY_SIZE;

// Left and right as GB/T 9704 (official documents): 28 mm and 26 mm; 30 mm top and bottom, the
// bottom leaving room for the page number.
const MARGINS = { top: 85, left: 79, right: 74, bottom: 85 };
const FOOTER_SIZE = 10.5;
const FOOTER_FROM_BOTTOM = 52;
/** Paragraphs up to this many lines move to the next page whole rather than split. */
const UNSPLIT_LINES = 4;
const HEADING_SPACE = BODY_SIZE * 0.5;
const TITLE_SIZE = 22;

export function openOfficialDocument(input: {
  title: string;
  createdOn: string;
  fonts: CjkFonts;
}): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    // pdfkit derives the file ID from the info dictionary, so a fixed creation date is all it
    // takes for identical input to give identical bytes.
    info: {
      Title: input.title,
      CreationDate: chinaMidnight(input.createdOn),
      Creator: 'Concord',
      Producer: 'Concord',
    },
  });
  doc.registerFont(REGULAR, input.fonts.regular);
  doc.registerFont(BOLD, input.fonts.bold);
  doc.font(REGULAR).fontSize(BODY_SIZE).fillColor('black');
  return doc;
}

export function contentWidth(doc: Pdf): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottomLimit(doc: Pdf): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** The centred bold title, and the document number flush right beneath it. */
export function writeDocumentTitle(doc: Pdf, title: string, number: string | undefined): void {
  doc.font(BOLD).fontSize(TITLE_SIZE);
  doc.text(title, doc.page.margins.left, doc.page.margins.top, {
    width: contentWidth(doc),
    align: 'center',
    characterSpacing: TITLE_SIZE / 4,
  });
  doc.y += BODY_SIZE * 0.6;
  if (number) writeParagraph(doc, number, { align: 'right' });
  doc.y += BODY_SIZE * 1.2;
}

/** Starts a new page unless `height` points still fit below the cursor. */
export function keepTogether(doc: Pdf, height: number): void {
  if (doc.y + height > bottomLimit(doc)) doc.addPage();
}

/**
 * Keeps a short block (up to `maxLines` lines) on one page; a longer one may split, but not
 * before its second line.
 */
export function keepShortTogether(doc: Pdf, height: number, maxLines = UNSPLIT_LINES): void {
  const line = lineHeight(doc);
  keepTogether(doc, height <= maxLines * line ? height : 2 * line);
}

/** A body line with its gap, the unit of vertical space. */
export function lineHeight(doc: Pdf): number {
  doc.fontSize(BODY_SIZE);
  return doc.currentLineHeight(true) + BODY_LINE_GAP;
}

export interface ParagraphOptions {
  font?: typeof REGULAR | typeof BOLD;
  indent?: number;
  /** Left offset from the margin for every line (detail lines under a term). */
  inset?: number;
  align?: 'left' | 'center' | 'right';
}

function paragraphLayout(doc: Pdf, options: ParagraphOptions) {
  const inset = options.inset ?? 0;
  doc.font(options.font ?? REGULAR).fontSize(BODY_SIZE);
  return {
    x: doc.page.margins.left + inset,
    text: {
      width: contentWidth(doc) - inset,
      indent: options.indent ?? 0,
      lineGap: BODY_LINE_GAP,
      align: options.align ?? 'left',
    },
  };
}

/** The height `writeParagraph` will take for this text. */
export function paragraphHeight(doc: Pdf, text: string, options: ParagraphOptions = {}): number {
  return doc.heightOfString(text, paragraphLayout(doc, options).text);
}

/** A flowing paragraph from the left margin; pdfkit breaks pages inside it as needed. */
export function writeParagraph(doc: Pdf, text: string, options: ParagraphOptions = {}): void {
  keepShortTogether(doc, paragraphHeight(doc, text, options));
  const layout = paragraphLayout(doc, options);
  doc.text(text, layout.x, doc.y, layout.text);
}

/** A paragraph that opens with a bold label and continues in the regular face. */
export function writeLabelledParagraph(doc: Pdf, label: string, text: string): void {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.font(BOLD).fontSize(BODY_SIZE).text(label, x, doc.y, {
    width,
    indent: PARAGRAPH_INDENT,
    lineGap: BODY_LINE_GAP,
    continued: true,
  });
  doc.font(REGULAR).text(text, { width, lineGap: BODY_LINE_GAP });
}

/** A section heading: a little air above, and never the last line of a page. */
export function writeHeading(doc: Pdf, text: string): void {
  keepTogether(doc, HEADING_SPACE + lineHeight(doc) * 3);
  if (doc.y > doc.page.margins.top) doc.y += HEADING_SPACE;
  writeParagraph(doc, text, { font: BOLD });
}

/** Writes "第 n 页 共 m 页" on every page, then ends the document and returns its bytes. */
export function finishOfficialDocument(doc: Pdf): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      const bytes = Buffer.concat(chunks);
      resolve(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
    doc.on('error', reject);
  });
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    // The footer sits inside the bottom margin; lifting the margin stops pdfkit from treating
    // it as overflow and adding a page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(REGULAR)
      .fontSize(FOOTER_SIZE)
      .text(
        pageNumberWording(index - range.start + 1, range.count),
        doc.page.margins.left,
        doc.page.height - FOOTER_FROM_BOTTOM,
        { width: contentWidth(doc), align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = bottomMargin;
  }
  doc.end();
  return done;
}
