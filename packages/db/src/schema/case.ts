// A mediation case ("one matter, one form") and what hangs off it. The case row holds the
// current state; `caseEvent` is the append-only timeline written in the same transaction as
// every change. Table names avoid the SQL keyword CASE.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, tenantOwned } from './columns.ts';
import { tenant } from './tenant.ts';
import { bytea } from './user.ts';

export const intakeChannels = [
  'window',
  'patrol',
  'screening_meeting',
  'hotline',
  'online',
  'police_referral',
  'court_referral',
  'procuratorate_referral',
  'letters_and_visits',
  'leader_reception',
] as const;
export type IntakeChannel = (typeof intakeChannels)[number];

export const riskColours = ['red', 'yellow', 'blue'] as const;
export const urgencies = ['normal', 'urgent'] as const;

export const mediationCase = pgTable(
  'mediation_case',
  {
    ...tenantOwned,
    caseNumber: text().notNull(),
    caseYear: integer().notNull(),
    caseSequence: integer().notNull(),
    /** One per intake form: a double submit finds the case the first submit made. */
    idempotencyKey: text().notNull(),
    status: text().notNull(),
    /** Tier now handling the case: 1 county, 2 town, 3 village. */
    tierLevel: smallint().notNull(),
    /** Where the dispute arose: a village or resident unit (territorial rule). */
    orgUnitId: uuid(),
    categoryId: uuid().notNull(),
    committeeId: uuid(),
    source: text({ enum: intakeChannels }).notNull(),
    /** Referring body and its reference, e.g. {"body": "城关派出所", "reference": "…"}. */
    referral: jsonb().$type<{ body?: string; reference?: string } | null>(),
    summary: text().notNull(),
    claims: text(),
    urgency: text({ enum: urgencies }).notNull().default('normal'),
    riskColour: text({ enum: riskColours }),
    amountInvolvedFen: bigint({ mode: 'number' }),
    divertedTo: text(),
    // Four fixes (四定): lead official, responsible department, responsible person, deadline.
    leadOfficial: text(),
    responsibleDepartment: text(),
    responsibleUserId: uuid(),
    concludeBy: date({ mode: 'string' }),
    acceptBy: date({ mode: 'string' }),
    /** Due from acceptance; cleared once a session is held (or the mediation stage ends). */
    firstSessionBy: date({ mode: 'string' }),
    followUpBy: date({ mode: 'string' }),
    result: text(),
    registeredBy: uuid().notNull(),
    registeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp({ withTimezone: true }),
    supervisedAt: timestamp({ withTimezone: true }),
    /** Optimistic lock: every update must name the version it read. */
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('mediation_case_county_tenant_number_key').on(
      t.countyId,
      t.tenantId,
      t.caseYear,
      t.caseSequence,
    ),
    uniqueIndex('mediation_case_county_tenant_idempotency_key').on(
      t.countyId,
      t.tenantId,
      t.idempotencyKey,
    ),
    index('mediation_case_county_tenant_status_idx').on(t.countyId, t.tenantId, t.status),
    // The centre's queue is read newest first.
    index('mediation_case_county_tenant_registered_idx').on(t.countyId, t.tenantId, t.registeredAt),
    index('mediation_case_county_responsible_idx').on(t.countyId, t.responsibleUserId),
    foreignKey({ columns: [t.countyId, t.tenantId], foreignColumns: [tenant.countyId, tenant.id] }),
  ],
);

/** What a tenant numbers: case files and agreements each run their own yearly sequence. */
export const counterKinds = ['case', 'agreement'] as const;
export type CounterKind = (typeof counterKinds)[number];

/**
 * Gapless numbers: one row per tenant, kind and year, incremented inside the transaction that
 * uses the number, so a rolled-back intake gives its number back.
 */
export const caseCounter = pgTable(
  'case_counter',
  {
    ...tenantOwned,
    kind: text({ enum: counterKinds }).notNull().default('case'),
    year: integer().notNull(),
    lastSequence: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('case_counter_county_tenant_kind_year_key').on(
      t.countyId,
      t.tenantId,
      t.kind,
      t.year,
    ),
    foreignKey({ columns: [t.countyId, t.tenantId], foreignColumns: [tenant.countyId, tenant.id] }),
  ],
);

export const partyRoles = ['applicant', 'respondent', 'third_party', 'representative'] as const;
export const partyKinds = ['person', 'organisation'] as const;

export const caseParty = pgTable(
  'case_party',
  {
    ...tenantOwned,
    caseId: uuid().notNull(),
    role: text({ enum: partyRoles }).notNull(),
    kind: text({ enum: partyKinds }).notNull().default('person'),
    name: text().notNull(),
    // Personal data: sealed (AES-256-GCM, key id inside the sealed bytes), a keyed blind index
    // for exact search, and the masked form for display.
    idNumberSealed: bytea(),
    idNumberIndex: bytea(),
    idNumberMasked: text(),
    phoneSealed: bytea(),
    phoneIndex: bytea(),
    phoneMasked: text(),
    sex: text({ enum: ['male', 'female'] }),
    ethnicity: text(),
    birthDate: date({ mode: 'string' }),
    occupation: text(),
    address: text(),
    /** For an organisation: its legal representative. */
    legalRepresentative: text(),
    /** For a representative: whom they represent and how (e.g. 委托代理人, 监护人). */
    representsPartyId: uuid(),
    relation: text(),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    index('case_party_county_case_idx').on(t.countyId, t.caseId),
    index('case_party_county_id_number_index_idx').on(t.countyId, t.idNumberIndex),
    index('case_party_county_phone_index_idx').on(t.countyId, t.phoneIndex),
    foreignKey({
      columns: [t.countyId, t.caseId],
      foreignColumns: [mediationCase.countyId, mediationCase.id],
    }),
  ],
);

export const caseEvent = pgTable(
  'case_event',
  {
    ...tenantOwned,
    caseId: uuid().notNull(),
    seq: integer().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid(),
    /** The state-machine action, or a non-transition event such as 'supervise' or 'pii_revealed'. */
    kind: text().notNull(),
    fromStatus: text(),
    toStatus: text(),
    reason: text(),
    detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('case_event_county_case_seq_key').on(t.countyId, t.caseId, t.seq),
    foreignKey({
      columns: [t.countyId, t.caseId],
      foreignColumns: [mediationCase.countyId, mediationCase.id],
    }),
  ],
);

export const sessionOutcomes = ['agreement', 'partial', 'failed', 'withdrawn'] as const;
export const sessionPlaces = ['room', 'on_site', 'online'] as const;

export const mediationSession = pgTable(
  'mediation_session',
  {
    ...tenantOwned,
    caseId: uuid().notNull(),
    place: text({ enum: sessionPlaces }).notNull(),
    roomId: uuid(),
    location: text(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    mediatorUserIds: uuid().array().notNull(),
    status: text({ enum: ['scheduled', 'held', 'cancelled'] })
      .notNull()
      .default('scheduled'),
    /** Party ids present at the session. */
    attendance: uuid().array(),
    notes: text(),
    outcome: text({ enum: sessionOutcomes }),
    ...createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    index('mediation_session_county_room_time_idx').on(t.countyId, t.roomId, t.startsAt),
    foreignKey({
      columns: [t.countyId, t.caseId],
      foreignColumns: [mediationCase.countyId, mediationCase.id],
    }),
  ],
);

export interface AgreementTerm {
  text: string;
  amountFen?: number;
  dueDate?: string;
}

export const agreement = pgTable(
  'agreement',
  {
    ...tenantOwned,
    caseId: uuid().notNull(),
    number: text().notNull(),
    kind: text({ enum: ['written', 'oral'] }).notNull(),
    facts: text().notNull(),
    /** 争议事项: the issues in dispute, printed after the facts. */
    issues: text().notNull().default(''),
    /** 各方责任: each party's responsibility, when the mediator states it. */
    responsibilities: text(),
    terms: jsonb().$type<AgreementTerm[]>().notNull(),
    performanceManner: text(),
    /** Free text when performance is not one date, e.g. 分两期履行. */
    performanceTime: text(),
    performancePlace: text(),
    performanceDeadline: date({ mode: 'string' }),
    /** The day the agreement took effect (all signatures and the seal; oral: the same day). */
    signedOn: date({ mode: 'string' }).notNull(),
    /** SHA-256 of the rendered PDF as stored; a reprint is checked against it. */
    documentSha256: text(),
    documentKey: text(),
    /** Set when the case is reopened: the agreement stays on file, a new round may make another. */
    supersededAt: timestamp({ withTimezone: true }),
    ...createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('agreement_county_case_current_key')
      .on(t.countyId, t.caseId)
      .where(sql`superseded_at is null`),
    foreignKey({
      columns: [t.countyId, t.caseId],
      foreignColumns: [mediationCase.countyId, mediationCase.id],
    }),
  ],
);

export const judicialConfirmation = pgTable(
  'judicial_confirmation',
  {
    ...tenantOwned,
    caseId: uuid().notNull(),
    courtName: text().notNull(),
    filedOn: date({ mode: 'string' }).notNull(),
    outcome: text({ enum: ['pending', 'confirmed', 'rejected'] })
      .notNull()
      .default('pending'),
    rulingNumber: text(),
    rejectionReason: text(),
    decidedOn: date({ mode: 'string' }),
    letterSha256: text(),
    letterKey: text(),
    ...createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    index('judicial_confirmation_county_case_idx').on(t.countyId, t.caseId),
    foreignKey({
      columns: [t.countyId, t.caseId],
      foreignColumns: [mediationCase.countyId, mediationCase.id],
    }),
  ],
);

/** Why a follow-up visit could not be carried out. */
export const followUpNotCarriedOutReasons = [
  'party_unreachable',
  'party_refused',
  'party_moved_away',
  'other',
] as const;

/**
 * A follow-up visit (回访), or an attempt at one that could not be carried out: an attempt
 * records its reason and notes but no answers, as no one was asked. `performed` is null also
 * when the case has no agreement to perform (closed after failed or withdrawn mediation).
 */
export const followUp = pgTable(
  'follow_up',
  {
    ...tenantOwned,
    caseId: uuid().notNull(),
    visitedOn: date({ mode: 'string' }).notNull(),
    carriedOut: boolean().notNull().default(true),
    notCarriedOutReason: text({ enum: followUpNotCarriedOutReasons }),
    performed: text({ enum: ['yes', 'partly', 'no'] }),
    satisfaction: text({ enum: ['satisfied', 'basically_satisfied', 'dissatisfied'] }),
    notes: text(),
    visitorUserId: uuid().notNull(),
    ...createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    check(
      'follow_up_carried_out_or_reason',
      sql`(${t.carriedOut} and ${t.satisfaction} is not null and ${t.notCarriedOutReason} is null)
        or (not ${t.carriedOut} and ${t.notCarriedOutReason} is not null
          and ${t.performed} is null and ${t.satisfaction} is null)`,
    ),
    index('follow_up_county_case_idx').on(t.countyId, t.caseId),
    foreignKey({
      columns: [t.countyId, t.caseId],
      foreignColumns: [mediationCase.countyId, mediationCase.id],
    }),
  ],
);

export const attachment = pgTable(
  'attachment',
  {
    ...tenantOwned,
    caseId: uuid().notNull(),
    fileName: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    storageKey: text().notNull(),
    scanStatus: text({ enum: ['pending', 'clean', 'infected', 'not_scanned'] }).notNull(),
    uploadedBy: uuid().notNull(),
    ...createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    index('attachment_county_case_idx').on(t.countyId, t.caseId),
    foreignKey({
      columns: [t.countyId, t.caseId],
      foreignColumns: [mediationCase.countyId, mediationCase.id],
    }),
  ],
);
