// The data the document renderers take. Dates are ISO calendar dates (YYYY-MM-DD, China time);
// amounts are decimal strings in yuan (as PostgreSQL numeric returns them), never floats.
import type { CjkFontSources } from './cjk-fonts.ts';

export interface RenderPdfOptions {
  /** Font files or bytes; by default the Noto Sans Hans files of @embedpdf/fonts-sc. */
  fonts?: CjkFontSources;
}

export interface NaturalPersonParty {
  kind: 'naturalPerson';
  /** Optional designation printed after 当事人, e.g. 甲方 or 申请人. */
  designation?: string;
  name: string;
  sex?: 'male' | 'female';
  ethnicity?: string;
  birthDate?: string;
  age?: number;
  occupation?: string;
  /** Printed exactly as given: the caller decides whether it is masked. */
  idNumber?: string;
  address?: string;
  phone?: string;
}

export interface LegalPersonParty {
  kind: 'legalPerson';
  designation?: string;
  name: string;
  address?: string;
  legalRepresentative?: string;
  legalRepresentativeTitle?: string;
  phone?: string;
}

export type DocumentParty = NaturalPersonParty | LegalPersonParty;

export interface AgreementTerm {
  text: string;
  amountYuan?: string;
  performBy?: string;
}

export interface AgreementDocument {
  /** The full number as the committee writes it, e.g. （2026）城关调字第0001号. */
  number: string;
  parties: DocumentParty[];
  facts: string;
  issues: string;
  responsibilities?: string;
  terms: AgreementTerm[];
  performance: {
    manner: string;
    /** Free text when the time is not a single date, e.g. 分两期履行. */
    time?: string;
    deadline?: string;
    place?: string;
  };
  mediators: string[];
  recorder: string;
  committee: string;
  /** The date printed under the seal; also the PDF's creation date, so output is reproducible. */
  signedOn: string;
}

export interface TransferLetterDocument {
  /** The letter's own number, when the committee numbers its letters. */
  number?: string;
  court: string;
  committee: string;
  parties: DocumentParty[];
  /** The dispute's category as it should read in the sentence, e.g. 邻里纠纷. */
  disputeType: string;
  agreementNumber: string;
  agreementSignedOn: string;
  /** Attachments in order; defaults to the agreement, the parties' identity papers, the application. */
  attachments?: { title: string; copies: number }[];
  contactPerson: string;
  contactPhone: string;
  issuedOn: string;
}
