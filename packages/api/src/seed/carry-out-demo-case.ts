// One demo case carried out step by step through the app's use cases, each step at its own
// moment after the last; a step that would lie after `now` is not taken, so recent cases are
// still in progress and older ones have closed the loop.
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

/** Carries out one plan; returns the status the case reached by `now`. */
export async function carryOut(
  tx: Transaction,
  plan: CasePlan,
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
  let draw = 0;
  let at = new Date(
    chinaTime(
      toChinaDate(new Date(options.now.getTime() - plan.daysAgo * 24 * HOUR)),
      0,
    ).getTime() +
      plan.minuteOfDay * 60_000,
  );
  /** Moves the clock on by a plan-specific delay; false once the step lies in the future. */
  const later = (minHours: number, maxHours: number) => {
    const pace = plan.pace[draw++ % plan.pace.length] ?? 0.5;
    at = new Date(at.getTime() + (minHours + pace * (maxHours - minHours)) * HOUR);
    return at <= options.now;
  };
  const actor = { actorUserId: centre.handlerUserId };

  const referral = referrals[plan.source as keyof typeof referrals];
  const registered = await registerCase(tx, {
    tenant: centre.tenant,
    actorUserId: centre.intakeUserId,
    now: at,
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
  const target = plan.target;
  const done = async () => {
    // County leaders press the towns; the matters the county leads are already theirs.
    if (!plan.countyLeadReason)
      await superviseIfOverdue(tx, { caseId, countyId, at, options, setup });
    return (await loadCase(tx, { countyId, caseId })).status;
  };

  if (target === 'registered') return done();
  if (target === 'diverted') {
    if (!later(2, 30)) return done();
    step(
      await divertCase(tx, {
        countyId,
        ...actor,
        now: at,
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
    return done();
  }

  const villageFirst = plan.escalated && category.defaultTierLevel !== 1;
  const routing = plan.countyLeadReason
    ? { tierLevel: 1, reason: plan.countyLeadReason }
    : villageFirst && category.defaultTierLevel !== 3
      ? { tierLevel: 3, reason: '当事人同村，先由村调委会就地调解' }
      : {};
  if (!later(1, 20)) return done();
  step(
    await routeCase(tx, {
      countyId,
      ...actor,
      now: at,
      input: ZRouteCaseInput.parse({ caseId, expectedVersion: version, ...routing }),
    }),
  );
  if (target === 'routed') return done();

  const acceptAndAssign = async (): Promise<boolean> => {
    if (!later(2, 40)) return false;
    step(
      await acceptCase(tx, {
        countyId,
        ...actor,
        now: at,
        input: { caseId, expectedVersion: version },
      }),
    );
    if (target === 'accepted') return false;
    if (!later(1, 20)) return false;
    step(
      await assignCase(tx, {
        countyId,
        ...actor,
        now: at,
        input: ZAssignCaseInput.parse({
          caseId,
          expectedVersion: version,
          leadOfficial: centre.leadOfficial,
          responsibleDepartment: centre.responsibleDepartment,
          responsibleUserId: centre.handlerUserId,
        }),
      }),
    );
    return target !== 'assigned';
  };
  if (!(await acceptAndAssign())) return done();

  /** Schedules a session a day or more ahead and, if it is over by now, records its outcome. */
  const holdSession = async (
    outcome: 'agreement' | 'partial' | 'failed' | 'withdrawn' | null,
  ): Promise<boolean> => {
    if (!later(3, 60)) return false;
    const day = addCalendarDays(toChinaDate(at), 1 + Math.floor((plan.pace[draw % 16] ?? 0) * 3));
    const startsAt = chinaTime(day, draw % 2 === 0 ? 9 : 14, draw % 2 === 0 ? 0 : 30);
    const base = {
      caseId,
      expectedVersion: version,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
      mediatorUserIds: [centre.handlerUserId],
    };
    const onSite = { ...base, place: 'on_site', location: `${place.village}村民委员会调解室` };
    const roomId = town.roomIds[draw % Math.max(town.roomIds.length, 1)];
    const scheduled = await tx
      .transaction((savepoint) =>
        scheduleSession(savepoint, {
          countyId,
          ...actor,
          now: at,
          input: ZScheduleSessionInput.parse(
            plan.sessionPlace === 'room' && roomId
              ? { ...base, place: 'room', roomId }
              : plan.sessionPlace === 'online'
                ? { ...base, place: 'online', location: '“浙里调”线上调解室' }
                : onSite,
          ),
        }),
      )
      // The room was taken at that time: the mediator goes to the village instead.
      .catch(() =>
        scheduleSession(tx, {
          countyId,
          ...actor,
          now: at,
          input: ZScheduleSessionInput.parse(onSite),
        }),
      );
    step(scheduled);
    if (outcome === null) return false;
    at = new Date(startsAt.getTime() + 2.5 * HOUR);
    if (at > options.now) return false;
    const recorded = await recordSession(tx, {
      countyId,
      ...actor,
      now: at,
      input: ZRecordSessionInput.parse({
        sessionId: scheduled.sessionId,
        expectedVersion: version,
        attendance: [],
        notes:
          outcome === 'partial'
            ? '双方陈述了各自意见，对主要事实无异议，赔偿数额分歧较大，约定再次调解。'
            : '调解员释法明理、耐心疏导，双方充分协商。',
        outcome,
        reason:
          outcome === 'failed' ? '双方分歧较大，经多次调解未能达成一致，告知可依法起诉' : undefined,
      }),
    });
    step(recorded);
    return true;
  };

  if (villageFirst) {
    // The village committee tries first and fails; the town takes the case over.
    if (!(await holdSession('failed'))) return done();
    if (!later(4, 48)) return done();
    step(
      await escalateCase(tx, {
        countyId,
        ...actor,
        now: at,
        input: ZEscalateCaseInput.parse({
          caseId,
          expectedVersion: version,
          tierLevel: 2,
          reason: '村调委会调解未果，双方同意由镇调解中心调处',
        }),
      }),
    );
    if (!(await acceptAndAssign())) return done();
  }
  if (target === 'in_mediation') {
    await holdSession(plan.pace[0]! < 0.5 ? null : 'partial');
    return done();
  }
  if (plan.pace[1]! < 0.3 && !(await holdSession('partial'))) return done();
  const agreed =
    !['failed', 'withdrawn'].includes(target) && !(target === 'closed' && plan.pace[2]! < 0.3);
  const outcome = agreed ? 'agreement' : target === 'withdrawn' ? 'withdrawn' : 'failed';
  if (!(await holdSession(outcome))) return done();
  if (target === 'failed' || target === 'withdrawn') return done();

  let performanceDeadline: string | null = null;
  if (agreed) {
    at = new Date(at.getTime() + 0.5 * HOUR);
    const signedOn = toChinaDate(at);
    performanceDeadline = addCalendarDays(signedOn, 5 + Math.floor(plan.pace[3]! * 25));
    const terms = plan.story.terms(people).map((term) => ({
      text: term.text,
      ...(term.amount && plan.amountYuan > 0
        ? { amountFen: plan.amountYuan * 100, dueDate: performanceDeadline ?? undefined }
        : {}),
    }));
    step(
      await createAgreement(tx, {
        countyId,
        ...actor,
        now: at,
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
          signedOn,
        }),
      }),
    );
    if (target === 'agreement_reached') return done();
    const confirm = ['awaiting_confirmation', 'confirmed', 'confirmation_rejected'].includes(
      target,
    );
    if (plan.written && (confirm || plan.pace[4]! < 0.3)) {
      if (!later(24, 400)) return done();
      const filed = await fileConfirmation(tx, {
        countyId,
        ...actor,
        actorName: '司法所',
        now: at,
        storage: options.storage,
        input: ZFileConfirmationInput.parse({
          caseId,
          expectedVersion: version,
          courtName: '清溪县人民法院',
          filedOn: toChinaDate(at),
          contactPhone: '0571-88001234',
        }),
      });
      step(filed);
      if (target === 'awaiting_confirmation') return done();
      if (!later(5 * 24, 15 * 24)) return done();
      const rejected = target === 'confirmation_rejected';
      const decided = await recordConfirmationOutcome(tx, {
        countyId,
        ...actor,
        now: at,
        input: ZRecordConfirmationOutcomeInput.parse({
          confirmationId: filed.confirmationId,
          expectedVersion: version,
          outcome: rejected ? 'rejected' : 'confirmed',
          decidedOn: toChinaDate(at),
          rulingNumber: rejected
            ? undefined
            : `（2026）浙0199民特${100 + (plan.placeIndex % 800)}号`,
          rejectionReason: rejected ? '协议内容涉及案外人权益，不符合确认条件' : undefined,
        }),
      });
      step(decided);
      if (rejected || target === 'confirmed') return done();
    }
  }
  // Closed once performed (or at once after a failed mediation).
  const closeFrom = performanceDeadline ? chinaTime(performanceDeadline, 10) : at;
  at = new Date(Math.max(at.getTime(), closeFrom.getTime()));
  if (!later(2, 72)) return done();
  step(
    await closeCase(tx, {
      countyId,
      ...actor,
      now: at,
      input: ZCloseCaseInput.parse({ caseId, expectedVersion: version }),
    }),
  );
  const missed = plan.missedVisit;
  if (target === 'closed' && !missed) return done();
  const closedCase = await loadCase(tx, { countyId, caseId });
  if (closedCase.followUpBy) {
    at = new Date(Math.max(at.getTime(), chinaTime(closedCase.followUpBy, 9).getTime()));
  }
  if (missed) {
    if (!later(1, 72)) return done();
    step(
      await recordFollowUp(tx, {
        countyId,
        ...actor,
        now: at,
        input: ZRecordFollowUpInput.parse({
          caseId,
          expectedVersion: version,
          visitedOn: toChinaDate(at),
          carriedOut: false,
          notCarriedOutReason: missed.reason,
          notes: missed.notes,
        }),
      }),
    );
    // The loop stays open: left awaiting a new visit, or visited again days later.
    if (target === 'closed') return done();
  }
  if (!(missed ? later(48, 240) : later(1, 72))) return done();
  step(
    await recordFollowUp(tx, {
      countyId,
      ...actor,
      now: at,
      input: ZRecordFollowUpInput.parse({
        caseId,
        expectedVersion: version,
        visitedOn: toChinaDate(at),
        ...(agreed ? { performed: plan.followUpPerformed } : {}),
        satisfaction:
          plan.followUpPerformed === 'yes' && agreed ? 'satisfied' : 'basically_satisfied',
        notes: visitNotes(agreed, missed !== null),
      }),
    }),
  );
  return done();
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
