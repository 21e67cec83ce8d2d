// One case in full for its page: the case with its names, the parties (personal data masked),
// sessions, agreements, confirmations, follow-up visits, attachments, the timeline, the running
// deadline, the parties' enforcement limit and the actions the state machine allows next.
import type { Transaction } from '@concord/db/client';
import {
  agreement,
  attachment,
  caseParty,
  followUp,
  judicialConfirmation,
  mediationRoom,
  mediationSession,
  orgUnit,
  tenant,
  user,
} from '@concord/db/schema';
import { type CalendarDate, toChinaDate } from '@concord/domain/calendar/calendar-date';
import { allowedActions } from '@concord/domain/case/state-machine';
import {
  type AgreedPerformance,
  lastPerformanceDate,
} from '@concord/domain/deadline/running-deadline';
import { computeDueDate } from '@concord/domain/deadline/stage-deadlines';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  type DeadlineRules,
  findCategory,
  findCommittee,
  loadCaseDeadlineRules,
} from './case-configuration.ts';
import { caseTimeline } from './case-timeline.ts';
import { confirmationDueDate, currentDeadline } from './current-deadline.ts';
import { loadCase } from './load-case.ts';

async function nameOf<T extends { id: string; name: string }>(
  rows: Promise<T[]>,
): Promise<{ id: string; name: string } | null> {
  const [found] = await rows;
  return found ? { id: found.id, name: found.name } : null;
}

/**
 * The last day the parties may apply to the court to enforce their agreement (民事诉讼法
 * Art. 250), counted from its last performance date: a reminder for them, not a deadline of the
 * centre. Only a confirmed agreement is enforceable, so null until the current one is confirmed.
 */
function enforcementApplyBy(
  currentAgreement: (AgreedPerformance & { createdAt: Date }) | undefined,
  confirmations: readonly { outcome: string; createdAt: Date }[],
  rules: DeadlineRules,
): CalendarDate | null {
  if (!currentAgreement) return null;
  // Confirmations filed before a reopen concern the superseded agreement.
  const confirmed = confirmations.some(
    (confirmation) =>
      confirmation.outcome === 'confirmed' && confirmation.createdAt >= currentAgreement.createdAt,
  );
  if (!confirmed) return null;
  return computeDueDate(
    lastPerformanceDate(currentAgreement),
    rules.deadlines.enforcementApplication.rule,
    rules.calendar,
  );
}

export async function getCase(
  tx: Transaction,
  options: { countyId: string; caseId: string; now: Date },
) {
  const current = await loadCase(tx, options);
  const { countyId, id: caseId } = current;

  const category = await findCategory(tx, { countyId, categoryId: current.categoryId });
  const committee = current.committeeId
    ? await findCommittee(tx, { countyId, committeeId: current.committeeId })
    : null;
  const place = current.orgUnitId
    ? await nameOf(
        tx
          .select({ id: orgUnit.id, name: orgUnit.name })
          .from(orgUnit)
          .where(and(eq(orgUnit.countyId, countyId), eq(orgUnit.id, current.orgUnitId))),
      )
    : null;
  const owner = await nameOf(
    tx
      .select({ id: tenant.id, name: tenant.name })
      .from(tenant)
      .where(eq(tenant.id, current.tenantId)),
  );

  const parties = await tx
    .select({
      id: caseParty.id,
      role: caseParty.role,
      kind: caseParty.kind,
      name: caseParty.name,
      idNumberMasked: caseParty.idNumberMasked,
      phoneMasked: caseParty.phoneMasked,
      sex: caseParty.sex,
      ethnicity: caseParty.ethnicity,
      birthDate: caseParty.birthDate,
      occupation: caseParty.occupation,
      address: caseParty.address,
      legalRepresentative: caseParty.legalRepresentative,
      representsPartyId: caseParty.representsPartyId,
      relation: caseParty.relation,
    })
    .from(caseParty)
    .where(and(eq(caseParty.countyId, countyId), eq(caseParty.caseId, caseId)))
    .orderBy(asc(caseParty.sortOrder));

  const sessions = await tx
    .select({
      id: mediationSession.id,
      place: mediationSession.place,
      roomId: mediationSession.roomId,
      roomName: mediationRoom.name,
      location: mediationSession.location,
      startsAt: mediationSession.startsAt,
      endsAt: mediationSession.endsAt,
      mediatorUserIds: mediationSession.mediatorUserIds,
      status: mediationSession.status,
      attendance: mediationSession.attendance,
      notes: mediationSession.notes,
      outcome: mediationSession.outcome,
    })
    .from(mediationSession)
    .leftJoin(
      mediationRoom,
      and(
        eq(mediationRoom.countyId, mediationSession.countyId),
        eq(mediationRoom.id, mediationSession.roomId),
      ),
    )
    .where(and(eq(mediationSession.countyId, countyId), eq(mediationSession.caseId, caseId)))
    .orderBy(asc(mediationSession.startsAt));

  const agreements = (
    await tx
      .select()
      .from(agreement)
      .where(and(eq(agreement.countyId, countyId), eq(agreement.caseId, caseId)))
      .orderBy(desc(agreement.createdAt))
  ).map(({ documentKey, documentSha256, ...row }) => ({
    ...row,
    hasDocument: documentKey !== null && documentSha256 !== null,
  }));

  const confirmations = (
    await tx
      .select()
      .from(judicialConfirmation)
      .where(
        and(eq(judicialConfirmation.countyId, countyId), eq(judicialConfirmation.caseId, caseId)),
      )
      .orderBy(asc(judicialConfirmation.createdAt))
  ).map(({ letterKey, letterSha256, ...row }) => ({
    ...row,
    hasLetter: letterKey !== null && letterSha256 !== null,
  }));

  const followUps = await tx
    .select({
      id: followUp.id,
      visitedOn: followUp.visitedOn,
      carriedOut: followUp.carriedOut,
      notCarriedOutReason: followUp.notCarriedOutReason,
      performed: followUp.performed,
      satisfaction: followUp.satisfaction,
      notes: followUp.notes,
      visitorUserId: followUp.visitorUserId,
      visitorName: user.displayName,
    })
    .from(followUp)
    .leftJoin(user, eq(user.id, followUp.visitorUserId))
    .where(and(eq(followUp.countyId, countyId), eq(followUp.caseId, caseId)))
    .orderBy(asc(followUp.visitedOn));

  const attachments = await tx
    .select({
      id: attachment.id,
      fileName: attachment.fileName,
      contentType: attachment.contentType,
      sizeBytes: attachment.sizeBytes,
      scanStatus: attachment.scanStatus,
      uploadedBy: attachment.uploadedBy,
      createdAt: attachment.createdAt,
    })
    .from(attachment)
    .where(and(eq(attachment.countyId, countyId), eq(attachment.caseId, caseId)))
    .orderBy(asc(attachment.createdAt));

  const peopleIds = [
    ...new Set(
      [
        current.responsibleUserId,
        current.registeredBy,
        ...sessions.flatMap((session) => session.mediatorUserIds),
      ].filter((id): id is string => id !== null),
    ),
  ];
  const people = peopleIds.length
    ? await tx
        .select({ id: user.id, displayName: user.displayName })
        .from(user)
        .where(inArray(user.id, peopleIds))
    : [];

  const rules = await loadCaseDeadlineRules(tx, current);
  const currentAgreement = agreements.find((row) => row.supersededAt === null);
  const { idempotencyKey: _idempotencyKey, ...caseFields } = current;
  return {
    case: {
      ...caseFields,
      tenant: owner,
      category: category && { id: category.id, name: category.name },
      committee: committee && { id: committee.id, name: committee.name },
      orgUnit: place,
    },
    deadline: currentDeadline(
      current,
      toChinaDate(options.now),
      rules.deadlines,
      currentAgreement && confirmationDueDate(currentAgreement.signedOn, rules),
    ),
    enforcementApplyBy: enforcementApplyBy(currentAgreement, confirmations, rules),
    allowedActions: allowedActions(current.status),
    people: Object.fromEntries(people.map((person) => [person.id, person.displayName])),
    parties,
    sessions,
    agreements,
    confirmations,
    followUps,
    attachments,
    timeline: await caseTimeline(tx, { countyId, caseId }),
  };
}
