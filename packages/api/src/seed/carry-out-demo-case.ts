// One demo case carried out step by step through the app's use cases, each step at the moment
// its timeline (demo-case-timeline.ts) gives it, none after the seeding moment.
import type { Transaction } from '@concord/db/client';
import type { Role, tenant } from '@concord/db/schema';
import { addCalendarDays, toChinaDate } from '@concord/domain/calendar/calendar-date';
import type { CaseStatus } from '@concord/domain/case/state-machine';
import type { PiiKeys } from '../pii/pii-keys.ts';
import { createAgreement, ZCreateAgreementInput } from '../routers/agreement/create-agreement.ts';
import { acceptCase } from '../routers/case/accept-case.ts';
import { assignCase, ZAssignCaseInput } from '../routers/case/assign-case.ts';
import { closeCase, ZCloseCaseInput } from '../routers/case/close-case.ts';
import { runningDueDate } from '../routers/case/current-deadline.ts';
import { divertCase, ZDivertCaseInput } from '../routers/case/divert-case.ts';
import { escalateCase, ZEscalateCaseInput } from '../routers/case/escalate-case.ts';
import { loadCase } from '../routers/case/load-case.ts';
import { registerCase, ZRegisterCaseInput } from '../routers/case/register-case.ts';
import { routeCase, ZRouteCaseInput } from '../routers/case/route-case.ts';
import { superviseCase } from '../routers/case/supervise-case.ts';
import { recordFollowUp, ZRecordFollowUpInput } from '../routers/follow-up/record-follow-up.ts';
import {
  fileConfirmation,
  ZFileConfirmationInput,
} from '../routers/judicial-confirmation/file-confirmation.ts';
import {
  recordConfirmationOutcome,
  ZRecordConfirmationOutcomeInput,
} from '../routers/judicial-confirmation/record-confirmation-outcome.ts';
import { recordSession, ZRecordSessionInput } from '../routers/mediation-session/record-session.ts';
import {
  scheduleSession,
  ZScheduleSessionInput,
} from '../routers/mediation-session/schedule-session.ts';
import type { FileStorage } from '../storage/file-storage.ts';
import type { DemoStep } from './demo-case-timeline.ts';
import type { CasePlan } from './plan-demo-cases.ts';

export interface SeedDemoCasesOptions {
  countyId: string;
  towns: readonly { id: string; slug: string }[];
  /** The demo accounts with their user ids: who registers, handles and supervises. */
  accounts: readonly { userId: string; role: Role; tenantId: string }[];
  now: Date;
  pii: PiiKeys;
  storage: FileStorage;
  count?: number;
  seed?: number;
}

/** A mediation centre: who takes matters in there, who works them and who leads them. */
interface DemoCentre {
  tenant: typeof tenant.$inferSelect;
  intakeUserId: string;
  handlerUserId: string;
  leadOfficial: string;
  responsibleDepartment: string;
}

export interface DemoTownSetup extends DemoCentre {
  places: { id: string; village: string }[];
  roomIds: string[];
}

export interface DemoSetup {
  county: DemoCentre;
  towns: DemoTownSetup[];
  categories: Map<string, { id: string; defaultTierLevel: number }>;
  supervisorUserId: string;
}

const HOUR = 3_600_000;
const referrals = {
  police_referral: { body: '清溪县公安局城关派出所', reference: '城关警调〔2026〕' },
  court_referral: { body: '清溪县人民法院', reference: '（2026）浙0199民诉前调' },
  procuratorate_referral: { body: '清溪县人民检察院', reference: '清检调〔2026〕' },
} as const;

/** A China wall-clock time on a calendar day. */
function chinaTime(day: string, hour: number, minute = 0): Date {
  return new Date(
    `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`,
  );
}

/**
 * Carries out one plan, each step of `steps` (scheduleDemoCase) through the use case the app
 * calls for it at the step's moment; returns the status the case reached.
 */
export async function carryOut(
  tx: Transaction,
  plan: CasePlan,
  steps: readonly DemoStep[],
  setup: DemoSetup,
  options: SeedDemoCasesOptions,
): Promise<CaseStatus> {
  const town = setup.towns[plan.townIndex]!;
  const place = town.places[plan.placeIndex % town.places.length]!;
  // The county centre works the matters it leads; the town still owns them (ADR 010).
  const centre = plan.countyLeadReason ? setup.county : town;
  const category = setup.categories.get(plan.story.category);
  if (!category) throw new Error(`demo category ${plan.story.category} is missing`);
  const countyId = options.countyId;
  const people = {
    a: plan.parties[0]!.name,
    b: plan.parties[1]!.name,
    place: place.village,
  };
  const [first, ...rest] = steps;
  if (first?.kind !== 'register') throw new Error('a demo case starts with its registration');
  const actor = { actorUserId: centre.handlerUserId };

  const referral = referrals[plan.source as keyof typeof referrals];
  const registered = await registerCase(tx, {
    tenant: centre.tenant,
    actorUserId: centre.intakeUserId,
    now: first.at,
    pii: options.pii,
    input: ZRegisterCaseInput.parse({
      idempotencyKey: plan.idempotencyKey,
      parties: plan.parties,
      categoryId: category.id,
      orgUnitId: place.id,
      summary: plan.story.summary(people),
      claims: plan.story.claims(people),
      urgency: plan.urgent ? 'urgent' : 'normal',
      source: plan.source,
      referral: referral
        ? { body: referral.body, reference: `${referral.reference}${plan.placeIndex % 300}号` }
        : undefined,
      riskColour: plan.riskColour ?? undefined,
      amountInvolvedFen: plan.amountYuan > 0 ? plan.amountYuan * 100 : undefined,
    }),
  });
  const caseId = registered.caseId;
  let version = registered.version;
  /** Every use case answers with the case's new version, which the next step must name. */
  const step = (result: { version: number } | { case: { version: number } }) => {
    version = 'case' in result ? result.case.version : result.version;
  };
  // The village committee tries first only where the timeline escalates the case to the town.
  const villageFirst = steps.some((entry) => entry.kind === 'escalate');
  const agreed = steps.some((entry) => entry.kind === 'agree');
  const missedVisit = plan.missedVisit;
  let sessionId = '';
  let confirmationId = '';
  let at = first.at;

  for (const [index, next] of rest.entries()) {
    at = next.at;
    const context = { countyId, ...actor, now: at };
    switch (next.kind) {
      case 'divert':
        step(
          await divertCase(tx, {
            ...context,
            input: ZDivertCaseInput.parse({
              caseId,
              expectedVersion: version,
              divertedTo: plan.source === 'court_referral' ? 'court' : 'police',
              reason:
                plan.source === 'court_referral'
                  ? '当事人坚持诉讼，退回法院立案处理'
                  : '纠纷中有殴打行为，涉嫌违反治安管理，移交派出所处理',
            }),
          }),
        );
        break;
      case 'route': {
        const routing = plan.countyLeadReason
          ? { tierLevel: 1, reason: plan.countyLeadReason }
          : villageFirst && category.defaultTierLevel !== 3
            ? { tierLevel: 3, reason: '当事人同村，先由村调委会就地调解' }
            : {};
        step(
          await routeCase(tx, {
            ...context,
            input: ZRouteCaseInput.parse({ caseId, expectedVersion: version, ...routing }),
          }),
        );
        break;
      }
      case 'accept':
        step(await acceptCase(tx, { ...context, input: { caseId, expectedVersion: version } }));
        break;
      case 'assign':
        step(
          await assignCase(tx, {
            ...context,
            input: ZAssignCaseInput.parse({
              caseId,
              expectedVersion: version,
              leadOfficial: centre.leadOfficial,
              responsibleDepartment: centre.responsibleDepartment,
              responsibleUserId: centre.handlerUserId,
            }),
          }),
        );
        break;
      case 'schedule': {
        const scheduled = await scheduleDemoSession(tx, {
          context,
          plan,
          input: {
            caseId,
            expectedVersion: version,
            startsAt: next.startsAt.toISOString(),
            endsAt: new Date(next.startsAt.getTime() + 2 * HOUR).toISOString(),
            mediatorUserIds: [centre.handlerUserId],
          },
          village: place.village,
          roomId: town.roomIds[index % Math.max(town.roomIds.length, 1)],
        });
        sessionId = scheduled.sessionId;
        step(scheduled);
        break;
      }
      case 'record':
        step(
          await recordSession(tx, {
            ...context,
            input: ZRecordSessionInput.parse({
              sessionId,
              expectedVersion: version,
              attendance: [],
              notes:
                next.outcome === 'partial'
                  ? '双方陈述了各自意见，对主要事实无异议，赔偿数额分歧较大，约定再次调解。'
                  : '调解员释法明理、耐心疏导，双方充分协商。',
              outcome: next.outcome,
              reason:
                next.outcome === 'failed'
                  ? '双方分歧较大，经多次调解未能达成一致，告知可依法起诉'
                  : undefined,
            }),
          }),
        );
        break;
      case 'escalate':
        step(
          await escalateCase(tx, {
            ...context,
            input: ZEscalateCaseInput.parse({
              caseId,
              expectedVersion: version,
              tierLevel: 2,
              reason: '村调委会调解未果，双方同意由镇调解中心调处',
            }),
          }),
        );
        break;
      case 'agree': {
        const { performanceDeadline } = next;
        const terms = plan.story.terms(people).map((term) => ({
          text: term.text,
          ...(term.amount && plan.amountYuan > 0
            ? { amountFen: plan.amountYuan * 100, dueDate: performanceDeadline }
            : {}),
        }));
        step(
          await createAgreement(tx, {
            ...context,
            storage: options.storage,
            input: ZCreateAgreementInput.parse({
              caseId,
              expectedVersion: version,
              kind: plan.written ? 'written' : 'oral',
              facts: plan.story.facts(people),
              issues: plan.story.issues,
              terms,
              performanceManner: '按约定期限当面履行，调解委员会监督履行。',
              performanceDeadline,
              signedOn: next.signedOn,
            }),
          }),
        );
        break;
      }
      case 'file': {
        const filed = await fileConfirmation(tx, {
          ...context,
          actorName: '司法所',
          storage: options.storage,
          input: ZFileConfirmationInput.parse({
            caseId,
            expectedVersion: version,
            courtName: '清溪县人民法院',
            filedOn: toChinaDate(at),
            contactPhone: '0571-88001234',
          }),
        });
        confirmationId = filed.confirmationId;
        step(filed);
        break;
      }
      case 'decide': {
        const rejected = plan.target === 'confirmation_rejected';
        step(
          await recordConfirmationOutcome(tx, {
            ...context,
            input: ZRecordConfirmationOutcomeInput.parse({
              confirmationId,
              expectedVersion: version,
              outcome: rejected ? 'rejected' : 'confirmed',
              decidedOn: toChinaDate(at),
              rulingNumber: rejected
                ? undefined
                : `（2026）浙0199民特${100 + (plan.placeIndex % 800)}号`,
              rejectionReason: rejected ? '协议内容涉及案外人权益，不符合确认条件' : undefined,
            }),
          }),
        );
        break;
      }
      case 'close':
        step(
          await closeCase(tx, {
            ...context,
            input: ZCloseCaseInput.parse({ caseId, expectedVersion: version }),
          }),
        );
        break;
      case 'missedVisit':
        if (!missedVisit) throw new Error('a missed visit the plan does not have');
        step(
          await recordFollowUp(tx, {
            ...context,
            input: ZRecordFollowUpInput.parse({
              caseId,
              expectedVersion: version,
              visitedOn: toChinaDate(at),
              carriedOut: false,
              notCarriedOutReason: missedVisit.reason,
              notes: missedVisit.notes,
            }),
          }),
        );
        break;
      case 'visit':
        step(
          await recordFollowUp(tx, {
            ...context,
            input: ZRecordFollowUpInput.parse({
              caseId,
              expectedVersion: version,
              visitedOn: toChinaDate(at),
              ...(agreed ? { performed: plan.followUpPerformed } : {}),
              satisfaction:
                plan.followUpPerformed === 'yes' && agreed ? 'satisfied' : 'basically_satisfied',
              notes: visitNotes(agreed, missedVisit !== null),
            }),
          }),
        );
        break;
      case 'register':
        throw new Error('a demo case is registered once');
    }
  }
  // County leaders press the towns; the matters the county leads are already theirs.
  if (!plan.countyLeadReason)
    await superviseIfOverdue(tx, { caseId, countyId, at, options, setup });
  return (await loadCase(tx, { countyId, caseId })).status;
}

/** Books the plan's kind of place; when the room is taken then, the mediator goes on site. */
async function scheduleDemoSession(
  tx: Transaction,
  options: {
    context: { countyId: string; actorUserId: string; now: Date };
    plan: CasePlan;
    input: {
      caseId: string;
      expectedVersion: number;
      startsAt: string;
      endsAt: string;
      mediatorUserIds: string[];
    };
    village: string;
    roomId: string | undefined;
  },
) {
  const { context, plan, input, roomId } = options;
  const onSite = { ...input, place: 'on_site', location: `${options.village}村民委员会调解室` };
  return tx
    .transaction((savepoint) =>
      scheduleSession(savepoint, {
        ...context,
        input: ZScheduleSessionInput.parse(
          plan.sessionPlace === 'room' && roomId
            ? { ...input, place: 'room', roomId }
            : plan.sessionPlace === 'online'
              ? { ...input, place: 'online', location: '“浙里调”线上调解室' }
              : onSite,
        ),
      }),
    )
    .catch(() => scheduleSession(tx, { ...context, input: ZScheduleSessionInput.parse(onSite) }));
}

/** What the visit found; after a missed one, how the party was reached. */
function visitNotes(agreed: boolean, afterMissedVisit: boolean): string {
  if (!afterMissedVisit) {
    return agreed ? '电话回访及上门查看，协议已按约履行。' : '回访了解当事人已另行起诉。';
  }
  const found = '前次回访未果，经村（社区）干部协助联系上当事人，';
  return found + (agreed ? '上门回访，协议已按约履行。' : '了解其已另行起诉。');
}

/** A county leader presses cases left overdue (督办), a few days after they fell due. */
async function superviseIfOverdue(
  tx: Transaction,
  options: {
    caseId: string;
    countyId: string;
    at: Date;
    options: SeedDemoCasesOptions;
    setup: DemoSetup;
  },
) {
  const current = await loadCase(tx, { countyId: options.countyId, caseId: options.caseId });
  const running = runningDueDate(current);
  // Follow-up visits are chased by the centre itself; leaders press mediation and acceptance.
  if (!running || running.kind === 'followUp') return;
  const when = chinaTime(addCalendarDays(running.dueDate, 3), 16);
  if (when > options.options.now || when < options.at) return;
  await superviseCase(tx, {
    countyId: options.countyId,
    actorUserId: options.setup.supervisorUserId,
    now: when,
    input: {
      caseId: current.id,
      expectedVersion: current.version,
      note: '该案件已超期，请责任人员抓紧调处，三日内报告进展。',
    },
  });
}
