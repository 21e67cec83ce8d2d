// 司法确认移送函: the committee's letter sending a mediation agreement to the court so the
// parties' joint application for judicial confirmation (人民调解法 Art. 33) can be examined.
import { formatChineseDate } from './chinese-date.ts';
import { loadCjkFonts } from './cjk-fonts.ts';
import type { DocumentParty, RenderPdfOptions, TransferLetterDocument } from './document-types.ts';
import {
  BODY_LINE_GAP,
  BODY_SIZE,
  contentWidth,
  finishOfficialDocument,
  keepTogether,
  lineHeight,
  openOfficialDocument,
  PARAGRAPH_INDENT,
  type Pdf,
  REGULAR,
  writeDocumentTitle,
  writeParagraph,
} from './official-document.ts';
import { partyRole } from './party-block.ts';
import { signatureBlockHeight, writeSignatureBlock } from './signature-block.ts';
import { transferLetterWording as wording } from './standard-wording.ts';

function joinPartyNames(parties: DocumentParty[]): string {
  const names = parties.map((party) => party.name);
  const last = names.pop();
  if (names.length === 0) return last ?? '';
  return `${names.join(wording.partyJoin)}${wording.lastPartyJoin}${last}`;
}

function partyLine(party: DocumentParty): string {
  const detail =
    party.kind === 'naturalPerson'
      ? party.idNumber && wording.idNumber(party.idNumber)
      : party.legalRepresentative && wording.legalRepresentative(party.legalRepresentative);
  const name = `${partyRole(party)}：${party.name}`;
  return detail ? `${name}${wording.partyDetailSeparator}${detail}` : name;
}

/** "附件：" followed by numbered items aligned under the first one. */
function writeAttachments(doc: Pdf, items: string[]): void {
  doc.font(REGULAR).fontSize(BODY_SIZE);
  const labelX = doc.page.margins.left + PARAGRAPH_INDENT;
  const itemX = labelX + doc.widthOfString(wording.attachmentsLabel);
  const itemWidth = doc.page.margins.left + contentWidth(doc) - itemX;
  const itemOptions = { width: itemWidth, lineGap: BODY_LINE_GAP };
  keepTogether(
    doc,
    items.reduce((height, item) => height + doc.heightOfString(item, itemOptions), 0),
  );
  doc.text(wording.attachmentsLabel, labelX, doc.y, { lineBreak: false });
  for (const item of items) doc.text(item, itemX, doc.y, itemOptions);
  doc.x = doc.page.margins.left;
}

/** Renders the transfer letter to PDF bytes; identical input gives identical bytes. */
export async function renderTransferLetterPdf(
  letter: TransferLetterDocument,
  options: RenderPdfOptions = {},
): Promise<Uint8Array> {
  if (letter.parties.length === 0) throw new RangeError('a transfer letter needs its parties');
  const fonts = await loadCjkFonts(options.fonts);
  const doc = openOfficialDocument({
    title: `${wording.title} ${letter.number ?? letter.agreementNumber}`,
    createdOn: letter.issuedOn,
    fonts,
  });
  writeDocumentTitle(doc, wording.title, letter.number);

  writeParagraph(doc, `${letter.court}：`);
  const paragraphs = [
    wording.body({
      parties: joinPartyNames(letter.parties),
      disputeType: letter.disputeType,
      committee: letter.committee,
      signedOn: formatChineseDate(letter.agreementSignedOn),
      agreementNumber: letter.agreementNumber,
    }),
    wording.law,
    wording.request(letter.parties.length),
  ];
  for (const paragraph of paragraphs) writeParagraph(doc, paragraph, { indent: PARAGRAPH_INDENT });

  doc.y += BODY_SIZE * 0.5;
  for (const party of letter.parties) {
    writeParagraph(doc, partyLine(party), { indent: PARAGRAPH_INDENT });
  }

  doc.y += BODY_SIZE * 0.5;
  const attachments = letter.attachments ?? [
    { title: wording.agreementAttachment(letter.agreementNumber), copies: 1 },
    { title: wording.identityAttachment, copies: letter.parties.length },
    { title: wording.applicationAttachment, copies: 1 },
  ];
  writeAttachments(
    doc,
    attachments.map((item, index) => wording.attachment(index + 1, item.title, item.copies)),
  );

  doc.y += BODY_SIZE * 0.5;
  const contact =
    `${wording.contactPersonLabel}${letter.contactPerson}` +
    `${'　'.repeat(2)}${wording.contactPhoneLabel}${letter.contactPhone}`;
  const closing = {
    groups: [],
    closing: [letter.committee, wording.sealPlaceholder, formatChineseDate(letter.issuedOn)],
  };
  keepTogether(doc, lineHeight(doc) + signatureBlockHeight(doc, closing));
  writeParagraph(doc, contact, { indent: PARAGRAPH_INDENT });
  writeSignatureBlock(doc, closing);
  return finishOfficialDocument(doc);
}
