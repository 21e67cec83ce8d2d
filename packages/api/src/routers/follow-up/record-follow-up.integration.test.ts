// The follow-up visit after closure: a visit that could not be carried out is recorded with its
// reason and leaves the loop open; the next visit carried out completes it. Performance is asked
// only where there is an agreement to perform.
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementForm, assignedCase, chinaToday } from '../../testing/case-fixture.ts';
import { createWorld, refusalOf, type World } from '../../testing/world.ts';

let database: TestDatabase;
let world: World;
let admin: Awaited<ReturnType<World['caller']>>;
let tenantSlug: string;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
  admin = await world.caller(world.a.townAdmin);
  tenantSlug = world.a.town.slug;
});
afterAll(() => database.drop());

/** A closed case: after an agreement, or after failed mediation (no agreement). */
async function closedCase(n: number, ending: 'agreement' | 'failed') {
  const { caseId, version } = await assignedCase(admin, world.a, n);
  const session = await admin.mediationSession.schedule({
    tenantSlug,
    caseId,
    expectedVersion: version,
    place: 'on_site',
    location: '新塘村村委会',
    startsAt: new Date(Date.now() - 7_200_000).toISOString(),
    endsAt: new Date(Date.now() - 3_600_000).toISOString(),
    mediatorUserIds: [world.a.mediator.userId],
  });
  const ended =
    ending === 'agreement'
      ? await admin.agreement.create({
          tenantSlug,
          caseId,
          expectedVersion: session.version,
          ...agreementForm(chinaToday()),
        })
      : await admin.mediationSession.record({
          tenantSlug,
          sessionId: session.sessionId,
          expectedVersion: session.version,
          outcome: 'failed',
          reason: '双方分歧过大',
        });
  const closed = await admin.case.close({ tenantSlug, caseId, expectedVersion: ended.version });
  return { caseId, version: closed.version };
}

const fields = (refusal: { details: Record<string, unknown> | null }) => refusal.details?.fields;

describe('followUp.record', () => {
  it('records a visit not carried out without completing the loop; the next visit does', async () => {
    const { caseId, version } = await closedCase(1, 'agreement');
    const visit = { tenantSlug, caseId, expectedVersion: version, visitedOn: chinaToday() };

    const noReason = await refusalOf(admin.followUp.record({ ...visit, carriedOut: false }));
    expect(noReason.message).toBe('VALIDATION_FAILED');
    expect(fields(noReason)).toEqual([{ path: 'notCarriedOutReason', reason: 'required' }]);
    const answered = await refusalOf(
      admin.followUp.record({
        ...visit,
        carriedOut: false,
        notCarriedOutReason: 'other',
        performed: 'yes',
        satisfaction: 'satisfied',
      }),
    );
    expect(fields(answered)).toEqual([
      { path: 'notes', reason: 'required' },
      { path: 'performed', reason: 'not_allowed' },
      { path: 'satisfaction', reason: 'not_allowed' },
    ]);

    const missed = await admin.followUp.record({
      ...visit,
      carriedOut: false,
      notCarriedOutReason: 'party_unreachable',
      notes: '电话停机，邻居称申请人外出务工。',
    });
    expect(missed).toMatchObject({ status: 'closed', version: version + 1 });
    const afterMiss = await admin.case.get({ tenantSlug, caseId });
    expect(afterMiss.case.status).toBe('closed');
    expect(afterMiss.allowedActions).toContain('recordFollowUp');
    expect(afterMiss.followUps).toEqual([
      expect.objectContaining({
        carriedOut: false,
        notCarriedOutReason: 'party_unreachable',
        performed: null,
        satisfaction: null,
      }),
    ]);
    expect(afterMiss.timeline.at(-1)).toMatchObject({
      kind: 'follow_up_not_carried_out',
      fromStatus: null,
      toStatus: null,
      reason: '电话停机，邻居称申请人外出务工。',
      detail: { followUpId: missed.followUpId, notCarriedOutReason: 'party_unreachable' },
    });

    const next = { ...visit, expectedVersion: missed.version };
    const noPerformance = await refusalOf(
      admin.followUp.record({ ...next, satisfaction: 'satisfied' }),
    );
    expect(fields(noPerformance)).toEqual([{ path: 'performed', reason: 'required' }]);
    const done = await admin.followUp.record({
      ...next,
      performed: 'yes',
      satisfaction: 'satisfied',
      notes: '赔偿款已付清。',
    });
    expect(done).toMatchObject({ status: 'follow_up_done', version: version + 2 });
    const final = await admin.case.get({ tenantSlug, caseId });
    expect(final.followUps.map((row) => row.carriedOut)).toEqual([false, true]);
    expect(final.timeline.slice(-2).map((event) => event.kind)).toEqual([
      'follow_up_not_carried_out',
      'recordFollowUp',
    ]);
  });

  it('asks no performance of a case closed without an agreement', async () => {
    const { caseId, version } = await closedCase(2, 'failed');
    const visit = { tenantSlug, caseId, expectedVersion: version, visitedOn: chinaToday() };
    const refusal = await refusalOf(
      admin.followUp.record({ ...visit, performed: 'no', satisfaction: 'basically_satisfied' }),
    );
    expect(fields(refusal)).toEqual([{ path: 'performed', reason: 'no_agreement' }]);
    const done = await admin.followUp.record({ ...visit, satisfaction: 'basically_satisfied' });
    expect(done.status).toBe('follow_up_done');
    const final = await admin.case.get({ tenantSlug, caseId });
    expect(final.followUps).toEqual([
      expect.objectContaining({
        carriedOut: true,
        performed: null,
        satisfaction: 'basically_satisfied',
      }),
    ]);
  });

  it('refuses a stale version and a case not yet closed, writing nothing', async () => {
    const { caseId, version } = await closedCase(3, 'failed');
    const missed = {
      tenantSlug,
      caseId,
      visitedOn: chinaToday(),
      carriedOut: false,
      notCarriedOutReason: 'party_moved_away',
    } as const;
    const first = await admin.followUp.record({ ...missed, expectedVersion: version });
    const stale = await refusalOf(admin.followUp.record({ ...missed, expectedVersion: version }));
    expect([stale.code, stale.message]).toEqual(['CONFLICT', 'STALE_VERSION']);
    const page = await admin.case.get({ tenantSlug, caseId });
    expect(page.case.version).toBe(first.version);
    expect(page.followUps).toHaveLength(1);

    const open = await assignedCase(admin, world.a, 4);
    const notClosed = await refusalOf(
      admin.followUp.record({ ...missed, caseId: open.caseId, expectedVersion: open.version }),
    );
    expect(notClosed.message).toBe('CASE_TRANSITION_NOT_ALLOWED');
    const openPage = await admin.case.get({ tenantSlug, caseId: open.caseId });
    expect(openPage.followUps).toEqual([]);
    expect(openPage.case.version).toBe(open.version);
  });
});
