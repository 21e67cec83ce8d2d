// Schedules a mediation session: in one of the centre's rooms, on site or online, with mediators
// who work cases here and the parties to notify. The first session starts the mediation. A room
// is locked while its bookings are checked, so two sessions can never take it at the same time.
// No notification outbox exists yet: the intent to notify is recorded on the timeline entry.
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { caseParty, mediationRoom, mediationSession, sessionPlaces } from '@concord/db/schema';
import { AppError } from '@concord/domain/errors';
import { and, eq, gt, inArray, lt, ne } from 'drizzle-orm';
import { z } from 'zod';
import { apiError } from '../../errors.ts';
import { type FieldProblem, refuseProblems, ZCaseVersionInput } from '../case/field-problems.ts';
import { findCaseHandlers } from '../case/find-case-handlers.ts';
import { type CaseRow, loadCase } from '../case/load-case.ts';
import { recordCaseChange } from '../case/record-case-change.ts';
import { transitionCase } from '../case/transition-case.ts';
import { staleVersion } from '../case/update-case-row.ts';

const MAX_SESSION_HOURS = 12;

export const ZScheduleSessionInput = ZCaseVersionInput.extend({
  place: z.enum(sessionPlaces),
  /** For a session in a room of the centre. */
  roomId: z.guid().optional(),
  /** The address on site, or the meeting link or platform online. */
  location: z.string().trim().max(200).optional(),
  startsAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
  endsAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
  mediatorUserIds: z.array(z.guid()).min(1).max(10),
  /** Parties of the case to be told when and where. */
  notifyPartyIds: z.array(z.guid()).max(20).default([]),
});
export type ScheduleSessionInput = z.infer<typeof ZScheduleSessionInput>;

async function checkPeople(
  tx: Transaction,
  current: CaseRow,
  input: ScheduleSessionInput,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const mediators = [...new Set(input.mediatorUserIds)];
  const handlers = await findCaseHandlers(tx, {
    countyId: current.countyId,
    tenantId: current.tenantId,
    userIds: mediators,
  });
  for (const [index, userId] of input.mediatorUserIds.entries()) {
    if (!handlers.has(userId)) {
      problems.push({ path: `mediatorUserIds.${index}`, reason: 'not_a_handler' });
    }
  }
  if (input.notifyPartyIds.length > 0) {
    const parties = await tx
      .select({ id: caseParty.id })
      .from(caseParty)
      .where(
        and(
          eq(caseParty.countyId, current.countyId),
          eq(caseParty.caseId, current.id),
          inArray(caseParty.id, input.notifyPartyIds),
        ),
      );
    const known = new Set(parties.map((party) => party.id));
    for (const [index, partyId] of input.notifyPartyIds.entries()) {
      if (!known.has(partyId))
        problems.push({ path: `notifyPartyIds.${index}`, reason: 'not_found' });
    }
  }
  return problems;
}

function checkTimeAndPlace(input: ScheduleSessionInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const hours = (input.endsAt.getTime() - input.startsAt.getTime()) / 3_600_000;
  if (hours <= 0) problems.push({ path: 'endsAt', reason: 'not_after_start' });
  else if (hours > MAX_SESSION_HOURS) problems.push({ path: 'endsAt', reason: 'too_long' });
  if (input.place === 'room' && !input.roomId)
    problems.push({ path: 'roomId', reason: 'required' });
  if (input.place !== 'room' && input.roomId)
    problems.push({ path: 'roomId', reason: 'not_allowed' });
  if (input.place !== 'room' && !input.location) {
    problems.push({ path: 'location', reason: 'required' });
  }
  return problems;
}

/** Locks the room row, then refuses when a session not cancelled overlaps the time range. */
async function bookRoom(
  tx: Transaction,
  current: CaseRow,
  input: ScheduleSessionInput & { roomId: string },
): Promise<void> {
  const [room] = await tx
    .select({
      id: mediationRoom.id,
      tenantId: mediationRoom.tenantId,
      active: mediationRoom.active,
    })
    .from(mediationRoom)
    .where(and(eq(mediationRoom.countyId, current.countyId), eq(mediationRoom.id, input.roomId)))
    .for('update');
  // A room of the case's own centre: another centre's room is not ours to book.
  if (!room || room.tenantId !== current.tenantId) {
    refuseProblems([{ path: 'roomId', reason: 'not_found' }]);
    return;
  }
  if (!room.active) refuseProblems([{ path: 'roomId', reason: 'inactive' }]);
  const [clash] = await tx
    .select({
      id: mediationSession.id,
      startsAt: mediationSession.startsAt,
      endsAt: mediationSession.endsAt,
    })
    .from(mediationSession)
    .where(
      and(
        eq(mediationSession.countyId, current.countyId),
        eq(mediationSession.roomId, input.roomId),
        ne(mediationSession.status, 'cancelled'),
        lt(mediationSession.startsAt, input.endsAt),
        gt(mediationSession.endsAt, input.startsAt),
      ),
    )
    .limit(1);
  if (clash) {
    throw apiError('CONFLICT', {
      reason: 'ROOM_BOOKED',
      startsAt: clash.startsAt.toISOString(),
      endsAt: clash.endsAt.toISOString(),
    });
  }
}

export async function scheduleSession(
  tx: Transaction,
  options: { countyId: string; input: ScheduleSessionInput; actorUserId: string; now: Date },
) {
  const { input, now } = options;
  const current = await loadCase(tx, { countyId: options.countyId, caseId: input.caseId });
  if (current.version !== input.expectedVersion) {
    throw staleVersion(input.expectedVersion, current.version);
  }
  // Sessions are held once the four fixes are set; the first one starts the mediation.
  if (current.status !== 'assigned' && current.status !== 'in_mediation') {
    throw new AppError('CASE_TRANSITION_NOT_ALLOWED', {
      status: current.status,
      action: 'startMediation',
    });
  }
  refuseProblems([...checkTimeAndPlace(input), ...(await checkPeople(tx, current, input))]);
  if (input.place === 'room' && input.roomId)
    await bookRoom(tx, current, { ...input, roomId: input.roomId });
  const sessionId = newId(now.getTime());
  const detail = {
    sessionId,
    place: input.place,
    roomId: input.roomId ?? null,
    location: input.location ?? null,
    startsAt: input.startsAt.toISOString(),
    endsAt: input.endsAt.toISOString(),
    mediatorUserIds: input.mediatorUserIds,
    // What a notification outbox will deliver once it exists; until then staff inform the parties.
    notify: { partyIds: input.notifyPartyIds, status: 'not_sent' },
  };
  const common = {
    countyId: current.countyId,
    caseId: current.id,
    expectedVersion: input.expectedVersion,
    actorUserId: options.actorUserId,
    now,
    loaded: current,
    detail,
  };
  const result =
    current.status === 'assigned'
      ? await transitionCase(tx, { ...common, action: 'startMediation' })
      : await recordCaseChange(tx, {
          ...common,
          kind: 'session_scheduled',
        });
  await tx.insert(mediationSession).values({
    countyId: current.countyId,
    tenantId: current.tenantId,
    id: sessionId,
    caseId: current.id,
    place: input.place,
    roomId: input.roomId ?? null,
    location: input.location ?? null,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    mediatorUserIds: [...new Set(input.mediatorUserIds)],
    createdAt: now,
  });
  return {
    sessionId,
    caseId: current.id,
    status: result.case.status,
    version: result.case.version,
  };
}
