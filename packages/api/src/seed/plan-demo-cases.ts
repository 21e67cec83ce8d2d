// The demo caseload as plans, decided up front from a seeded random source, so the same seed
// always gives the same county: which town, when registered, which story, source and parties,
// and how far along the closed loop each case should get. seed-cases.ts carries them out.
import type { followUpNotCarriedOutReasons, IntakeChannel } from '@concord/db/schema';
import type { CaseStatus } from '@concord/domain/case/state-machine';
import { caseStatuses } from '@concord/domain/case/state-machine';
import { runningStages } from '@concord/domain/deadline/running-deadline';
import type { DeadlineState } from '@concord/domain/deadline/stage-deadlines';
import {
  type DemoStory,
  demoGivenName,
  demoName,
  demoStories,
  occupations,
} from './demo-case-stories.ts';

/** mulberry32: small, fast and good enough for demo data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

function withCheckCharacter(first17: string): string {
  const sum = weights.reduce((total, weight, index) => total + Number(first17[index]) * weight, 0);
  return first17 + ('10X98765432'[sum % 11] ?? '0');
}

/** A GB 11643 number of the demo county for someone born in `year`; `sex` fixes its sex digit. */
function residentId(random: () => number, year: number, sex?: 'male' | 'female'): string {
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  const drawn = Math.floor(random() * 1000);
  // The last digit of the sequence is odd for men, even for women.
  const sequence = sex === undefined ? drawn : drawn - (drawn % 2) + (sex === 'male' ? 1 : 0);
  return withCheckCharacter(`330199${year}${month}${day}${String(sequence).padStart(3, '0')}`);
}

function mobile(random: () => number): string {
  return `1${pick(random, ['3', '5', '7', '8', '9'])}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`;
}

export interface PlannedParty {
  role: 'applicant' | 'respondent' | 'third_party' | 'representative';
  kind: 'person' | 'organisation';
  name: string;
  idNumber?: string;
  phone?: string;
  address?: string;
  occupation?: string;
  ethnicity?: string;
  legalRepresentative?: string;
  /** A third party's stake in the matter, or how a representative acts (委托代理人…). */
  relation?: string;
  /** A representative's: the position in `parties` of the party represented. */
  representsIndex?: number;
}

type NotCarriedOutReason = (typeof followUpNotCarriedOutReasons)[number];

/**
 * Where a case lies in time. One the history shows (its loop complete, diverted, or waiting on
 * nothing the centre does) is registered `daysAgo` days before the seeding day, or further back
 * if its steps would not all be over by now. One left where a deadline of the centre's runs is placed so that on the
 * seeding day its deadline is in the `deadline` state; `draw` picks the day among those that give
 * it (demo-case-timeline.ts).
 */
export type CasePlacement =
  | { kind: 'history'; daysAgo: number }
  | { kind: 'running'; deadline: DeadlineState; draw: number };

export interface CasePlan {
  townIndex: number;
  placement: CasePlacement;
  /** Time of registration, minutes after midnight China time (08:30 to 16:30). */
  minuteOfDay: number;
  story: DemoStory;
  source: IntakeChannel;
  target: CaseStatus;
  /** Applicant and respondent first, then any third party and representatives. */
  parties: PlannedParty[];
  /** Index into the town's places (villages and resident units). */
  placeIndex: number;
  amountYuan: number;
  riskColour: 'red' | 'yellow' | 'blue' | null;
  urgent: boolean;
  /** Failed first at the village, then escalated to the town and mediated there. */
  escalated: boolean;
  written: boolean;
  sessionPlace: 'room' | 'on_site' | 'online';
  followUpPerformed: 'yes' | 'partly' | 'no';
  idempotencyKey: string;
  /** Draws for the delays between steps, so each case has its own pace. */
  pace: number[];
  /**
   * Taken in by the county centre, which leads it at tier 1 for this reason; the case still
   * belongs to the town of its place (ADR 010). Null for the town's own intake.
   */
  countyLeadReason: string | null;
  /** A follow-up visit that could not be carried out, before the one that closes the loop. */
  missedVisit: { reason: NotCarriedOutReason; notes: string } | null;
}

const targetWeights: [CaseStatus, number][] = [
  ['follow_up_done', 30],
  ['closed', 12],
  ['confirmed', 5],
  ['awaiting_confirmation', 3],
  ['confirmation_rejected', 2],
  ['agreement_reached', 6],
  ['failed', 5],
  ['withdrawn', 3],
  ['diverted', 5],
  ['in_mediation', 8],
  ['assigned', 6],
  ['accepted', 5],
  ['routed', 5],
  ['registered', 4],
];

/** Does a case left in `status` work to a deadline of the centre's (DOMAIN.md §10)? */
export function runsDeadline(status: CaseStatus): boolean {
  return (runningStages[status] ?? []).length > 0;
}

/**
 * How the running cases' deadlines stand on the seeding day. A centre keeps most within their
 * deadlines; some are due soon (more than drawn: a stage can leave no day to be on track, e.g. a
 * first session scheduled late) and some overdue, about 15% of the open cases each, which is
 * what the dashboard's figures and the list's flags are there to show.
 */
const deadlineWeights: [DeadlineState, number][] = [
  ['on_track', 76],
  ['due_soon', 12],
  ['overdue', 12],
];

/** The plans covering every status show each deadline state for sure, whatever the count. */
const coveringDeadlines: Partial<Record<CaseStatus, DeadlineState>> = {
  registered: 'on_track',
  routed: 'overdue',
  accepted: 'on_track',
  assigned: 'due_soon',
  in_mediation: 'on_track',
  agreement_reached: 'due_soon',
  closed: 'overdue',
};

/** Days back over which finished matters and those waiting on others are registered. */
const historyDays = { finished: 360, waiting: 45 };

/**
 * A running case's deadline state, drawn (the rest of the draw says where among that state's
 * days); the others registered recently if still open (failed, withdrawn, at the court), over
 * the past year if finished.
 */
function placement(target: CaseStatus, covering: boolean, draw: number): CasePlacement {
  if (runsDeadline(target)) {
    const covered = covering ? coveringDeadlines[target] : undefined;
    if (covered) return { kind: 'running', deadline: covered, draw };
    const total = deadlineWeights.reduce((sum, [, weight]) => sum + weight, 0);
    let rest = draw * total;
    for (const [deadline, weight] of deadlineWeights) {
      if (rest < weight) return { kind: 'running', deadline, draw: rest / weight };
      rest -= weight;
    }
    return { kind: 'running', deadline: 'on_track', draw };
  }
  const finished = target === 'follow_up_done' || target === 'diverted';
  const days = finished ? historyDays.finished : historyDays.waiting;
  return { kind: 'history', daysAgo: Math.floor(draw * days) };
}

const sourceWeights: [IntakeChannel, number][] = [
  ['window', 30],
  ['patrol', 18],
  ['screening_meeting', 8],
  ['hotline', 10],
  ['online', 8],
  ['police_referral', 9],
  ['court_referral', 6],
  ['procuratorate_referral', 2],
  ['letters_and_visits', 6],
  ['leader_reception', 3],
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function weighted<T>(random: () => number, entries: readonly [T, number][]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = random() * total;
  for (const [value, weight] of entries) {
    draw -= weight;
    if (draw < 0) return value;
  }
  return entries[0]![0];
}

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

interface Cohort {
  bornFrom: number;
  years: number;
  occupations: readonly string[];
}

const adults: Cohort = { bornFrom: 1945, years: 58, occupations };
const pupils: Cohort = { bornFrom: 2010, years: 4, occupations: ['学生'] };
/** For the grown-up relatives and parents who come as representatives. */
const working = occupations.filter((occupation) => occupation !== '退休职工');

function person(
  random: () => number,
  role: PlannedParty['role'],
  place: string,
  cohort = adults,
): PlannedParty {
  const idNumber = residentId(random, cohort.bornFrom + Math.floor(random() * cohort.years));
  const known = role === 'applicant' || random() < 0.7;
  return {
    role,
    kind: 'person',
    name: demoName(random),
    // Respondents' ID numbers are often unknown at the window.
    idNumber: known ? idNumber : undefined,
    phone: mobile(random),
    address: `${place}${1 + Math.floor(random() * 12)}组${1 + Math.floor(random() * 60)}号`,
    occupation: pick(random, cohort.occupations),
    ethnicity: random() < 0.95 ? '汉族' : '畲族',
  };
}

type CoreCasePlan = Omit<CasePlan, 'countyLeadReason' | 'missedVisit'>;

/** Town, time, story, applicant and respondent, and how far the case should get. */
function corePlan(
  random: () => number,
  index: number,
  options: {
    towns: [number, number][];
    placeName: (townIndex: number, placeIndex: number) => string;
  },
): CoreCasePlan {
  const covering = index < caseStatuses.length;
  const target = covering ? (caseStatuses[index] as CaseStatus) : weighted(random, targetWeights);
  const story = covering
    ? (demoStories[index % demoStories.length] as DemoStory)
    : pick(random, demoStories);
  const townIndex = covering ? index % options.towns.length : weighted(random, options.towns);
  const placeIndex = Math.floor(random() * 1000);
  const place = options.placeName(townIndex, placeIndex);
  const cohort = story.minors ? pupils : adults;
  const applicant = person(random, 'applicant', place, cohort);
  const organisation = story.organisation && random() < 0.85 ? story.organisation : undefined;
  const respondent: PlannedParty = organisation
    ? {
        role: 'respondent',
        kind: 'organisation',
        name: pick(random, organisation.names),
        legalRepresentative: pick(random, organisation.representatives),
        address: `清溪县${place}`,
      }
    : person(random, 'respondent', place, cohort);
  const [low, high] = story.amountYuan;
  return {
    townIndex,
    placement: placement(target, covering, random()),
    minuteOfDay: 8 * 60 + 30 + Math.floor(random() * 8 * 60),
    story,
    source: weighted(random, sourceWeights),
    target,
    parties: [applicant, respondent],
    placeIndex,
    amountYuan: high === 0 ? 0 : Math.round((low + random() * (high - low)) / 10) * 10,
    riskColour: weighted(random, [
      ['red', 6],
      ['yellow', 18],
      ['blue', 36],
      [null, 40],
    ] as ['red' | 'yellow' | 'blue' | null, number][]),
    urgent: random() < 0.08,
    escalated: random() < 0.08,
    written:
      ['awaiting_confirmation', 'confirmed', 'confirmation_rejected'].includes(target) ||
      random() < 0.3,
    sessionPlace: weighted(random, [
      ['room', 40],
      ['on_site', 45],
      ['online', 15],
    ] as ['room' | 'on_site' | 'online', number][]),
    followUpPerformed: weighted(random, [
      ['yes', 85],
      ['partly', 10],
      ['no', 5],
    ] as ['yes' | 'partly' | 'no', number][]),
    idempotencyKey: uuidFrom(random),
    pace: Array.from({ length: 16 }, () => random()),
  };
}

/** The county centre's own channels, and why the centre then leads the matter itself. */
const countyLeads: readonly [IntakeChannel, string][] = [
  ['window', '当事人到县矛调中心窗口反映，矛盾有激化风险，由县中心牵头调处'],
  ['hotline', '12345热线转办，涉及多个部门职责，由县矛调中心牵头协调化解'],
  ['letters_and_visits', '当事人多次到县信访，由县矛调中心牵头化解'],
  ['leader_reception', '县领导接访交办，由县矛调中心牵头调处'],
];

const missedVisitNotes: Record<NotCarriedOutReason, string> = {
  party_unreachable: '电话多次无人接听，上门时家中无人，邻居称其外出务工。',
  party_refused: '当事人称事情已经了结，不愿再谈，拒绝接受回访。',
  party_moved_away: '当事人已搬离原住址，村（社区）暂未掌握其新的联系方式。',
  other: '当事人住院治疗，家属请求出院后再行回访。',
};
const notCarriedOutReasons = Object.keys(missedVisitNotes) as NotCarriedOutReason[];

const birthYear = (party: PlannedParty) =>
  party.idNumber ? Number(party.idNumber.slice(6, 10)) : undefined;
const sexOf = (party: PlannedParty) =>
  party.idNumber ? (Number(party.idNumber[16]) % 2 === 1 ? 'male' : 'female') : undefined;

/** Someone with a stake in the outcome (第三人), as the story has it. */
function thirdParty(
  random: () => number,
  stake: NonNullable<DemoStory['thirdParty']>,
  place: string,
): PlannedParty {
  const { organisation, relation } = stake;
  if (!organisation) return { ...person(random, 'third_party', place), relation };
  // Names and representatives go in pairs here: a third party is named with its head.
  const which = Math.floor(random() * organisation.names.length);
  return {
    role: 'third_party',
    kind: 'organisation',
    name: organisation.names[which] ?? '',
    legalRepresentative: organisation.representatives[which],
    relation,
  };
}

/** A pupil's parent as 法定代理人; a father shares the pupil's surname. */
function guardian(random: () => number, pupil: PlannedParty, index: number): PlannedParty {
  const father = random() < 0.6;
  const born = (birthYear(pupil) ?? 2011) - 25 - Math.floor(random() * 10);
  return {
    role: 'representative',
    kind: 'person',
    name: father ? pupil.name.slice(0, 1) + demoGivenName(random) : demoName(random),
    idNumber: residentId(random, born, father ? 'male' : 'female'),
    phone: mobile(random),
    address: pupil.address,
    occupation: pick(random, working),
    relation: `法定代理人（${father ? '父亲' : '母亲'}）`,
    representsIndex: index,
  };
}

/** A grown-up child of an older party (a son shares a father's surname), else the spouse. */
function relative(random: () => number, party: PlannedParty, index: number): PlannedParty {
  const born = birthYear(party) ?? 1960 + Math.floor(random() * 25);
  const partySex = sexOf(party);
  const child = born <= 1975;
  const opposite = partySex === 'male' ? 'female' : 'male';
  const sex = child || !partySex ? (random() < 0.5 ? 'male' : 'female') : opposite;
  const kin = child ? { male: '儿子', female: '女儿' } : { male: '丈夫', female: '妻子' };
  return {
    role: 'representative',
    kind: 'person',
    name:
      child && partySex === 'male'
        ? party.name.slice(0, 1) + demoGivenName(random)
        : demoName(random),
    idNumber: residentId(random, child ? born + 24 + Math.floor(random() * 8) : born, sex),
    phone: mobile(random),
    address: party.address,
    occupation: pick(random, working),
    relation: `委托代理人（${kin[sex]}）`,
    representsIndex: index,
  };
}

/** A 委托代理人: a staff member for an organisation; a lawyer or a relative for a person. */
function agent(random: () => number, parties: readonly PlannedParty[]): PlannedParty {
  const index = random() < 0.6 ? 0 : 1;
  const party = parties[index] as PlannedParty;
  const hired = { role: 'representative', kind: 'person', representsIndex: index } as const;
  if (party.kind === 'organisation') {
    const staff = { name: demoName(random), phone: mobile(random), address: party.address };
    return { ...hired, ...staff, occupation: '企业职工', relation: '委托代理人（本单位职工）' };
  }
  if (random() < 0.4) {
    const lawyer = { name: demoName(random), phone: mobile(random), occupation: '律师' };
    return {
      ...hired,
      ...lawyer,
      address: '浙江清溪正平律师事务所',
      relation: '委托代理人（律师）',
    };
  }
  return relative(random, party, index);
}

/** Applicant and respondent, then a third party and representatives where the plan has them. */
function allParties(
  random: () => number,
  plan: CoreCasePlan,
  options: { covering: boolean; agent: boolean; place: string },
): PlannedParty[] {
  const parties = [...plan.parties];
  const stake = plan.story.thirdParty;
  if (stake && (options.covering || random() < 0.4)) {
    parties.push(thirdParty(random, stake, options.place));
  }
  if (plan.story.minors) {
    parties.push(
      guardian(random, parties[0] as PlannedParty, 0),
      guardian(random, parties[1] as PlannedParty, 1),
    );
  } else if (options.agent) {
    parties.push(agent(random, parties));
  }
  return parties;
}

/**
 * Third parties, representatives, the county centre's intake and missed follow-up visits. The
 * plans that cover every status show each for sure (whatever the count, e.g. the e2e tests'
 * 40): a third party wherever the story has one, a representative on every fourth, the county
 * leading the one that reaches an agreement, a missed visit before closing the loop and on the
 * case left closed. The others draw them.
 */
function withVariety(
  random: () => number,
  plan: CoreCasePlan,
  options: { index: number; place: string },
): CasePlan {
  const covering = options.index < caseStatuses.length;
  const countyLead = (covering ? plan.target === 'agreement_reached' : random() < 0.05)
    ? pick(random, countyLeads)
    : null;
  const visited = plan.target === 'closed' || plan.target === 'follow_up_done';
  const missed = visited && (covering || random() < 0.15);
  const reason = pick(random, notCarriedOutReasons);
  // A case closed after a visit that could not be made awaits a new one past its date.
  const placement: CasePlacement =
    missed && plan.placement.kind === 'running'
      ? { ...plan.placement, deadline: 'overdue' }
      : plan.placement;
  return {
    ...plan,
    placement,
    parties: allParties(random, plan, {
      covering,
      agent: covering ? options.index % 4 === 2 : random() < 0.15,
      place: options.place,
    }),
    // The county's own channel; and the county leads from the start, no village tries first.
    ...(countyLead ? { source: countyLead[0], escalated: false } : {}),
    countyLeadReason: countyLead?.[1] ?? null,
    missedVisit: missed ? { reason, notes: missedVisitNotes[reason] } : null,
  };
}

/**
 * The first plans cover every status once; the rest draw their target. Every case gets to its
 * target: when its steps happen is placed around the seeding day (demo-case-timeline.ts).
 */
export function planDemoCases(options: {
  count: number;
  seed: number;
  townWeights: readonly number[];
  placeName: (townIndex: number, placeIndex: number) => string;
}): CasePlan[] {
  const random = seededRandom(options.seed);
  // Its own stream, so more variety can be added without reshuffling the rest of the caseload.
  const variety = seededRandom(options.seed ^ 0x5eed);
  const towns = options.townWeights.map((weight, index) => [index, weight] as [number, number]);
  return Array.from({ length: options.count }, (_, index): CasePlan => {
    const plan = corePlan(random, index, { towns, placeName: options.placeName });
    const place = options.placeName(plan.townIndex, plan.placeIndex);
    return withVariety(variety, plan, { index, place });
  });
}
