// The demo caseload as plans, decided up front from a seeded random source, so the same seed
// always gives the same county: which town, when registered, which story, source and parties,
// and how far along the closed loop each case should get. seed-cases.ts carries them out.
import type { IntakeChannel } from '@concord/db/schema';
import type { CaseStatus } from '@concord/domain/case/state-machine';
import { caseStatuses } from '@concord/domain/case/state-machine';
import { type DemoStory, demoName, demoStories, occupations } from './demo-case-stories.ts';

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

export interface PlannedParty {
  role: 'applicant' | 'respondent';
  kind: 'person' | 'organisation';
  name: string;
  idNumber?: string;
  phone?: string;
  address?: string;
  occupation?: string;
  ethnicity?: string;
  legalRepresentative?: string;
}

export interface CasePlan {
  townIndex: number;
  /** Days before `now` the matter was registered (working hours, China time). */
  daysAgo: number;
  minuteOfDay: number;
  story: DemoStory;
  source: IntakeChannel;
  target: CaseStatus;
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

function person(random: () => number, role: PlannedParty['role'], place: string): PlannedParty {
  const year = 1945 + Math.floor(random() * 58);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  const sequence = String(Math.floor(random() * 1000)).padStart(3, '0');
  const known = role === 'applicant' || random() < 0.7;
  return {
    role,
    kind: 'person',
    name: demoName(random),
    // Respondents' ID numbers are often unknown at the window.
    idNumber: known ? withCheckCharacter(`330199${year}${month}${day}${sequence}`) : undefined,
    phone: `1${pick(random, ['3', '5', '7', '8', '9'])}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`,
    address: `${place}${1 + Math.floor(random() * 12)}组${1 + Math.floor(random() * 60)}号`,
    occupation: pick(random, occupations),
    ethnicity: random() < 0.95 ? '汉族' : '畲族',
  };
}

/**
 * The first plans cover every status once (older cases, so each can get there); the rest draw
 * their target, and the clock decides how far the recent ones have got.
 */
export function planDemoCases(options: {
  count: number;
  seed: number;
  townWeights: readonly number[];
  placeName: (townIndex: number, placeIndex: number) => string;
}): CasePlan[] {
  const random = seededRandom(options.seed);
  const towns = options.townWeights.map((weight, index) => [index, weight] as [number, number]);
  return Array.from({ length: options.count }, (_, index): CasePlan => {
    const covering = index < caseStatuses.length;
    const target = covering ? (caseStatuses[index] as CaseStatus) : weighted(random, targetWeights);
    const story = covering
      ? (demoStories[index % demoStories.length] as DemoStory)
      : pick(random, demoStories);
    const townIndex = covering ? index % towns.length : weighted(random, towns);
    const placeIndex = Math.floor(random() * 1000);
    const place = options.placeName(townIndex, placeIndex);
    const applicant = person(random, 'applicant', place);
    const organisation = story.organisation && random() < 0.85 ? story.organisation : undefined;
    const respondent: PlannedParty = organisation
      ? {
          role: 'respondent',
          kind: 'organisation',
          name: pick(random, organisation.names),
          legalRepresentative: pick(random, organisation.representatives),
          address: `清溪县${place}`,
        }
      : person(random, 'respondent', place);
    const [low, high] = story.amountYuan;
    return {
      townIndex,
      daysAgo: covering ? 70 + Math.floor(random() * 40) : Math.floor(random() * 180),
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
  });
}
