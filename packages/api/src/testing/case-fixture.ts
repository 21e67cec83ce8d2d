// Helpers for the case tests: valid resident ID numbers, a realistic intake form for a world's
// side, and callers with their own clock, scanner or database pool.
import { inflateRawSync } from 'node:zlib';
import { validateSessionToken } from '@concord/auth/session/validate-session-token';
import type { Database } from '@concord/db/client';
import { type ApiContext, createCaller } from '../root.ts';
import {
  authConfig,
  type Person,
  type Side,
  testPiiKeys,
  testStorage,
  type World,
} from './world.ts';

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** An 18-character resident ID number (GB 11643) with its check character. */
export function residentId(first17: string): string {
  const sum = weights.reduce((total, weight, index) => total + Number(first17[index]) * weight, 0);
  return first17 + ('10X98765432'[sum % 11] ?? '');
}

/** A different valid number for every `n` (Hangzhou region, born in the 1970s–80s). */
export function sampleResidentId(n: number): string {
  const birth = `19${70 + (n % 20)}0${1 + (n % 9)}1${n % 10}`;
  return residentId(`330102${birth}${String(n % 1000).padStart(3, '0')}`);
}

/** A different valid mobile number for every `n`. */
export function samplePhone(n: number): string {
  return `139${String(n).padStart(8, '0')}`;
}

/** A neighbours' drainage dispute at the side's village, as the intake window types it. */
export function intakeForm(side: Side, n = 1) {
  return {
    tenantSlug: side.town.slug,
    idempotencyKey: crypto.randomUUID(),
    parties: [
      {
        role: 'applicant' as const,
        name: '张建国',
        idNumber: sampleResidentId(2 * n),
        phone: samplePhone(2 * n),
        address: '东街社区三组12号',
      },
      {
        role: 'respondent' as const,
        name: '李秀英',
        idNumber: sampleResidentId(2 * n + 1),
        phone: samplePhone(2 * n + 1),
        address: '东街社区三组14号',
      },
    ],
    categoryId: side.setup.categoryId,
    orgUnitId: side.setup.residentUnitId,
    summary: '李秀英翻建院墙时填平两户之间的排水沟，雨水倒灌张建国院内。',
    claims: '恢复排水沟原状，赔偿稻谷受淹损失。',
    source: 'window' as const,
  };
}

/** A caller whose context differs from the world's (a fixed clock, a scanner, another pool). */
export async function callerWith(
  world: World,
  person: Person,
  overrides: Partial<Pick<ApiContext, 'now' | 'scanHook' | 'storage'>> & { db?: Database } = {},
) {
  const db = overrides.db ?? world.database.app.db;
  const now = overrides.now ?? world.now;
  // The session is checked against the real clock; only the use cases see the caller's clock.
  const auth = await validateSessionToken(db, person.token, {
    now: new Date(),
    config: authConfig.session,
  });
  return createCaller({
    db,
    auth,
    request: { ip: '127.0.0.1', userAgent: 'vitest' },
    authConfig,
    now,
    pii: testPiiKeys,
    storage: overrides.storage ?? testStorage,
    ...(overrides.scanHook ? { scanHook: overrides.scanHook } : {}),
  });
}

type Caller = Awaited<ReturnType<World['caller']>>;

/** Registers a case at the side's town and takes it through triage and the four fixes. */
export async function assignedCase(caller: Caller, side: Side, n: number) {
  const tenantSlug = side.town.slug;
  const { caseId } = await caller.case.register(intakeForm(side, n));
  await caller.case.route({ tenantSlug, caseId, expectedVersion: 1 });
  await caller.case.accept({ tenantSlug, caseId, expectedVersion: 2 });
  const assigned = await caller.case.assign({
    tenantSlug,
    caseId,
    expectedVersion: 3,
    leadOfficial: '赵卫东',
    responsibleDepartment: '司法所',
    responsibleUserId: side.mediator.userId,
  });
  return { caseId, version: assigned.version };
}

/** `.then(refused, …)`: a call the test expects to be refused must not succeed. */
export const refused = (): never => {
  throw new Error('the call was expected to be refused');
};

/** One entry of a ZIP file (an XLSX) as text, found through the central directory. */
export function readZipEntry(bytes: Uint8Array, name: string): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.byteLength - 22;
  while (end > 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  const decoder = new TextDecoder();
  let offset = view.getUint32(end + 16, true);
  for (let index = 0; index < view.getUint16(end + 10, true); index++) {
    const method = view.getUint16(offset + 10, true);
    const compressed = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const skip = nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    const local = view.getUint32(offset + 42, true);
    if (decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)) === name) {
      const start =
        local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + compressed);
      return decoder.decode(method === 8 ? inflateRawSync(data) : data);
    }
    offset += 46 + skip;
  }
  throw new Error(`${name} is not in the archive`);
}

/** Agreement terms as a mediator records them; `signedOn` is the day it took effect. */
export function agreementForm(signedOn: string) {
  return {
    kind: 'written' as const,
    facts: '双方系相邻住户。被申请人翻建院墙时填平两户之间的排水沟，致雨水倒灌申请人院内。',
    issues: '排水沟是否恢复原状，稻谷受淹损失如何承担。',
    terms: [{ text: '被申请人赔偿申请人稻谷受淹损失。', amountFen: 35_000 }],
    performanceManner: '当面现金支付。',
    performanceDeadline: signedOn,
    signedOn,
  };
}

/** Today in China, as the forms send dates. */
export function chinaToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Cases of one side in several states, for probes that must find nothing of them: registered,
 * in mediation with a scheduled session, awaiting confirmation (agreement and letter stored),
 * and closed with an attachment.
 */
export async function casesInEveryState(caller: Caller, side: Side, base: number) {
  const tenantSlug = side.town.slug;
  const today = chinaToday();
  const registered = await caller.case.register(intakeForm(side, base));
  const registeredPage = await caller.case.get({ tenantSlug, caseId: registered.caseId });

  const mediating = await assignedCase(caller, side, base + 1);
  const session = await caller.mediationSession.schedule({
    tenantSlug,
    caseId: mediating.caseId,
    expectedVersion: mediating.version,
    place: 'room',
    roomId: side.setup.roomId,
    startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    endsAt: new Date(Date.now() + 90_000_000).toISOString(),
    mediatorUserIds: [side.mediator.userId],
  });

  const confirming = await assignedCase(caller, side, base + 2);
  const held = await caller.mediationSession.schedule({
    tenantSlug,
    caseId: confirming.caseId,
    expectedVersion: confirming.version,
    place: 'on_site',
    location: '村委会',
    startsAt: new Date(Date.now() - 7_200_000).toISOString(),
    endsAt: new Date(Date.now() - 3_600_000).toISOString(),
    mediatorUserIds: [side.mediator.userId],
  });
  const signed = await caller.agreement.create({
    tenantSlug,
    caseId: confirming.caseId,
    expectedVersion: held.version,
    ...agreementForm(today),
  });
  const filed = await caller.judicialConfirmation.file({
    tenantSlug,
    caseId: confirming.caseId,
    expectedVersion: signed.version,
    courtName: '县人民法院',
    filedOn: today,
    contactPhone: '13800000001',
  });

  const closing = await assignedCase(caller, side, base + 3);
  const failedSession = await caller.mediationSession.schedule({
    tenantSlug,
    caseId: closing.caseId,
    expectedVersion: closing.version,
    place: 'online',
    location: '线上',
    startsAt: new Date(Date.now() - 7_200_000).toISOString(),
    endsAt: new Date(Date.now() - 3_600_000).toISOString(),
    mediatorUserIds: [side.mediator.userId],
  });
  const failed = await caller.mediationSession.record({
    tenantSlug,
    sessionId: failedSession.sessionId,
    expectedVersion: failedSession.version,
    outcome: 'failed',
    reason: '双方分歧过大',
  });
  const closed = await caller.case.close({
    tenantSlug,
    caseId: closing.caseId,
    expectedVersion: failed.version,
  });
  const attached = await caller.attachment.upload({
    tenantSlug,
    caseId: closing.caseId,
    expectedVersion: closed.version,
    fileName: '调解笔录.pdf',
    contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
  });

  return {
    registered: {
      caseId: registered.caseId,
      caseNumber: registered.caseNumber,
      version: registered.version,
      partyId: registeredPage.parties[0]!.id,
    },
    mediating: { caseId: mediating.caseId, version: session.version, sessionId: session.sessionId },
    confirming: {
      caseId: confirming.caseId,
      version: filed.version,
      agreementId: signed.agreementId,
      confirmationId: filed.confirmationId,
    },
    closed: {
      caseId: closing.caseId,
      version: attached.version,
      attachmentId: attached.attachmentId,
    },
    idNumber: sampleResidentId(2 * base),
    phone: samplePhone(2 * base),
  };
}
export type CasesInEveryState = Awaited<ReturnType<typeof casesInEveryState>>;
