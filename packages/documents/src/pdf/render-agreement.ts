// 人民调解协议书 in the standard field order (DOMAIN.md §10): title and number, one block per
// party, facts / issues / responsibilities, the numbered terms, performance, copies, signatures,
// committee seal and date.
import { formatChineseDate } from './chinese-date.ts';
import { chineseNumeral } from './chinese-numeral.ts';
import { loadCjkFonts } from './cjk-fonts.ts';
import type { AgreementDocument, AgreementTerm, RenderPdfOptions } from './document-types.ts';
import {
  BODY_SIZE,
  finishOfficialDocument,
  keepShortTogether,
  keepTogether,
  lineHeight,
  openOfficialDocument,
  PARAGRAPH_INDENT,
  type Pdf,
  paragraphHeight,
  writeDocumentTitle,
  writeHeading,
  writeLabelledParagraph,
  writeParagraph,
} from './official-document.ts';
import { partyRole, writePartyBlock } from './party-block.ts';
import {
  type SignatureBlock,
  signatureBlockHeight,
  writeSignatureBlock,
} from './signature-block.ts';
import { agreementWording as wording } from './standard-wording.ts';
import { formatYuan, yuanInCapitals } from './yuan-amount.ts';

const DETAIL_INSET = PARAGRAPH_INDENT * 2;
const COPIES_SPACE = BODY_SIZE * 0.5;
/** A term with its amount and deadline lines up to this long is never split across pages. */
const TERM_UNSPLIT_LINES = 6;

function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function writeLabelledText(doc: Pdf, label: string, text: string): void {
  const [first = '', ...rest] = paragraphsOf(text);
  keepTogether(doc, lineHeight(doc) * 2);
  writeLabelledParagraph(doc, label, first);
  for (const paragraph of rest) writeParagraph(doc, paragraph, { indent: PARAGRAPH_INDENT });
}

function termDetails(term: AgreementTerm): string[] {
  const details: string[] = [];
  if (term.amountYuan !== undefined) {
    details.push(wording.termAmount(formatYuan(term.amountYuan), yuanInCapitals(term.amountYuan)));
  }
  if (term.performBy !== undefined) {
    details.push(wording.performanceTimeLabel + wording.byDate(formatChineseDate(term.performBy)));
  }
  return details;
}

/** Amount and deadline share one line under the term when they fit, else one line each. */
function termDetailLines(doc: Pdf, details: string[]): string[] {
  if (details.length < 2) return details;
  const joined = details.join(wording.termDetailSeparator);
  const oneLine = paragraphHeight(doc, joined, { inset: DETAIL_INSET }) <= lineHeight(doc);
  return oneLine ? [joined] : details;
}

function writeTerms(doc: Pdf, terms: AgreementTerm[]): void {
  writeHeading(doc, wording.termsHeading);
  terms.forEach((term, index) => {
    const [first = '', ...rest] = paragraphsOf(term.text);
    const opening = `${chineseNumeral(index + 1)}、${first}`;
    const details = termDetailLines(doc, termDetails(term));
    // A short term moves to the next page together with its amount and deadline lines.
    keepShortTogether(
      doc,
      paragraphHeight(doc, opening, { indent: PARAGRAPH_INDENT }) +
        details.length * lineHeight(doc),
      TERM_UNSPLIT_LINES,
    );
    writeParagraph(doc, opening, { indent: PARAGRAPH_INDENT });
    for (const paragraph of rest) writeParagraph(doc, paragraph, { indent: PARAGRAPH_INDENT });
    for (const line of details) writeParagraph(doc, line, { inset: DETAIL_INSET });
  });
}

function writePerformance(doc: Pdf, performance: AgreementDocument['performance']): void {
  writeHeading(doc, wording.performanceHeading);
  const time = [
    performance.deadline === undefined
      ? undefined
      : wording.byDate(formatChineseDate(performance.deadline)),
    performance.time,
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(wording.termDetailSeparator);
  const lines: [string, string | undefined][] = [
    [wording.performanceMannerLabel, performance.manner],
    [wording.performanceTimeLabel, time],
    [wording.performancePlaceLabel, performance.place],
  ];
  for (const [label, value] of lines) {
    if (value) writeParagraph(doc, `${label}${value}`, { indent: PARAGRAPH_INDENT });
  }
}

function signatureBlock(agreement: AgreementDocument): SignatureBlock {
  return {
    groups: [
      agreement.parties.map((party) => ({
        role: partyRole(party),
        name: party.name,
        signLabel: wording.partySignature,
      })),
      [
        ...agreement.mediators.map((name) => ({
          role: wording.mediator,
          name,
          signLabel: wording.signature,
        })),
        { role: wording.recorder, name: agreement.recorder, signLabel: wording.signature },
      ],
    ],
    closing: [agreement.committee, wording.sealPlaceholder, formatChineseDate(agreement.signedOn)],
  };
}

function assertComplete(agreement: AgreementDocument): void {
  const missing = [
    agreement.parties.length === 0 && 'parties',
    agreement.terms.length === 0 && 'terms',
    agreement.mediators.length === 0 && 'mediators',
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new RangeError(`an agreement needs at least one of each: ${missing.join(', ')}`);
  }
}

/**
 * Renders the agreement to PDF bytes. Identical input gives identical bytes (the creation date
 * is the signing date), so a stored hash can be checked by rendering again.
 */
export async function renderAgreementPdf(
  agreement: AgreementDocument,
  options: RenderPdfOptions = {},
): Promise<Uint8Array> {
  assertComplete(agreement);
  const fonts = await loadCjkFonts(options.fonts);
  const doc = openOfficialDocument({
    title: `${wording.title} ${agreement.number}`,
    createdOn: agreement.signedOn,
    fonts,
  });
  writeDocumentTitle(doc, wording.title, agreement.number);
  for (const party of agreement.parties) writePartyBlock(doc, party);

  writeHeading(doc, wording.factsHeading);
  writeLabelledText(doc, wording.factsLabel, agreement.facts);
  writeLabelledText(doc, wording.issuesLabel, agreement.issues);
  if (agreement.responsibilities) {
    writeLabelledText(doc, wording.responsibilitiesLabel, agreement.responsibilities);
  }
  writeTerms(doc, agreement.terms);
  writePerformance(doc, agreement.performance);

  // The copies sentence travels with the signatures so a signature page never stands alone.
  const copies = wording.copies(chineseNumeral(agreement.parties.length + 1));
  const signatures = signatureBlock(agreement);
  const copiesHeight = paragraphHeight(doc, copies, { indent: PARAGRAPH_INDENT });
  keepTogether(
    doc,
    COPIES_SPACE + copiesHeight + lineHeight(doc) + signatureBlockHeight(doc, signatures),
  );
  if (doc.y > doc.page.margins.top) doc.y += COPIES_SPACE;
  writeParagraph(doc, copies, { indent: PARAGRAPH_INDENT });
  writeSignatureBlock(doc, signatures);
  return finishOfficialDocument(doc);
}
