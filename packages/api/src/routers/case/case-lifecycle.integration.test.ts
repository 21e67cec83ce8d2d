// The closed loop end to end: register → route → accept → assign → session → agreement →
// judicial confirmation → close → follow-up, with the documents stored, hashed and reprintable,
// the 30-day confirmation window enforced, and the list, search and export seeing it all.
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { pdfToText, squeeze } from '@concord/documents/testing/poppler';
import { maskPhone } from '@concord/domain/party/mobile-phone';
import { maskIdNumber } from '@concord/domain/party/resident-id';
import type { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignedCase,
  callerWith,
  intakeForm,
  readZipEntry,
  refused,
  samplePhone,
  sampleResidentId,
} from '../../testing/case-fixture.ts';
import { createWorld, testStorage, type World } from '../../testing/world.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
});
afterAll(() => database.drop());

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

const agreementInput = (signedOn: string) => ({
  kind: 'written' as const,
  facts: '双方系相邻住户。被申请人翻建院墙时填平两户之间的排水沟，致雨水倒灌申请人院内。',
  issues: '排水沟是否恢复原状，稻谷受淹损失如何承担。',
  responsibilities: '被申请人未经协商填平共用排水沟，负主要责任。',
  terms: [
    { text: '被申请人自费恢复排水沟原状。', dueDate: signedOn },
    { text: '被申请人赔偿申请人稻谷受淹损失。', amountFen: 35_000 },
  ],
  performanceManner: '当面现金支付，申请人出具收条。',
  performanceDeadline: signedOn,
  signedOn,
});

describe('the closed loop', () => {
  it('walks a case from registration to the follow-up visit', async () => {
    const admin = await world.caller(world.a.townAdmin);
    const mediator = await world.caller(world.a.mediator);
    const tenantSlug = world.a.town.slug;
    const { caseId, version: assigned } = await assignedCase(admin, world.a, 1);
    const session = await mediator.mediationSession.schedule({
      tenantSlug,
      caseId,
      expectedVersion: assigned,
      place: 'room',
      roomId: world.a.setup.roomId,
      startsAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      endsAt: new Date(Date.now() - 3_600_000).toISOString(),
      mediatorUserIds: [world.a.mediator.userId],
    });
    const page = await mediator.case.get({ tenantSlug, caseId });
    const held = await mediator.mediationSession.record({
      tenantSlug,
      sessionId: session.sessionId,
      expectedVersion: session.version,
      attendance: page.parties.map((party) => party.id),
      notes: '经耐心疏导，双方同意协商解决。',
      outcome: 'agreement',
    });
    expect(held.status).toBe('agreement_reached');

    const signed = await mediator.agreement.create({
      tenantSlug,
      caseId,
      expectedVersion: held.version,
      ...agreementInput(today()),
    });
    expect(signed.number).toMatch(/^（\d{4}）alpha调协字第0001号$/);
    expect(signed.status).toBe('agreement_reached');
    const printed = await mediator.agreement.pdf({ tenantSlug, agreementId: signed.agreementId });
    const pdf = Buffer.from(printed.contentBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(printed.sha256).toBe(signed.documentSha256);
    // The stored copy carries masked ID numbers only.
    const [stored] = await database.owner.db.execute<{ key: string }>(
      sql`select document_key as key from agreement where id = ${signed.agreementId}`,
    );
    expect(stored?.key.startsWith(`${world.a.county.id}/${world.a.town.id}/cases/${caseId}/`)).toBe(
      true,
    );
    // PDF text is stored as compressed glyph ids, so only the extracted text can tell.
    const text = squeeze(await pdfToText(pdf));
    for (const n of [2, 3]) {
      expect(text).not.toContain(sampleResidentId(n));
      expect(text).toContain(maskIdNumber(sampleResidentId(n)));
      expect(text).not.toContain(samplePhone(n));
      expect(text).toContain(maskPhone(samplePhone(n)));
    }

    const filed = await admin.judicialConfirmation.file({
      tenantSlug,
      caseId,
      expectedVersion: signed.version,
      courtName: '清溪县人民法院',
      filedOn: today(),
      contactPhone: '0571-88001234',
    });
    expect(filed.status).toBe('awaiting_confirmation');
    const letter = await admin.judicialConfirmation.letterPdf({
      tenantSlug,
      confirmationId: filed.confirmationId,
    });
    expect(letter.sha256).toBe(filed.letterSha256);
    const confirmed = await admin.judicialConfirmation.recordOutcome({
      tenantSlug,
      confirmationId: filed.confirmationId,
      expectedVersion: filed.version,
      outcome: 'confirmed',
      decidedOn: today(),
      rulingNumber: '（2026）浙0199民特12号',
    });
    expect(confirmed.status).toBe('confirmed');
    const closed = await admin.case.close({
      tenantSlug,
      caseId,
      expectedVersion: confirmed.version,
    });
    expect(closed.status).toBe('closed');
    const visited = await mediator.followUp.record({
      tenantSlug,
      caseId,
      expectedVersion: closed.version,
      visitedOn: today(),
      performed: 'yes',
      satisfaction: 'satisfied',
      notes: '排水沟已恢复，赔偿款已当面付清。',
    });
    expect(visited.status).toBe('follow_up_done');

    const final = await admin.case.get({ tenantSlug, caseId });
    expect(final.case).toMatchObject({ status: 'follow_up_done', result: 'resolved' });
    expect(final.allowedActions).toEqual(['recordFollowUp', 'reopen']);
    expect(final.agreements).toHaveLength(1);
    expect(final.confirmations[0]).toMatchObject({ outcome: 'confirmed', hasLetter: true });
    expect(final.followUps).toHaveLength(1);
    expect(final.timeline.map((event) => event.kind)).toEqual([
      'registered',
      'route',
      'accept',
      'assign',
      'startMediation',
      'reachAgreement',
      'agreement_recorded',
      'fileConfirmation',
      'recordConfirmation',
      'close',
      'recordFollowUp',
    ]);
    expect(final.timeline.map((event) => event.seq)).toEqual(
      Array.from({ length: 11 }, (_, index) => index + 1),
    );
    // Version 1 at registration, one more per change since: the same count as the timeline.
    expect(final.case.version).toBe(11);
  });

  it('refuses a confirmation filed after the 30-day window', async () => {
    const signedDay = new Date('2026-01-05T10:00:00+08:00');
    const early = await callerWith(world, world.a.townAdmin, { now: () => signedDay });
    const tenantSlug = world.a.town.slug;
    const { caseId, version } = await assignedCase(early, world.a, 2);
    const session = await early.mediationSession.schedule({
      tenantSlug,
      caseId,
      expectedVersion: version,
      place: 'on_site',
      location: '杨家村文化礼堂',
      startsAt: '2026-01-05T08:30:00+08:00',
      endsAt: '2026-01-05T09:30:00+08:00',
      mediatorUserIds: [world.a.mediator.userId],
    });
    const held = await early.mediationSession.record({
      tenantSlug,
      sessionId: session.sessionId,
      expectedVersion: session.version,
      outcome: 'agreement',
    });
    const signed = await early.agreement.create({
      tenantSlug,
      caseId,
      expectedVersion: held.version,
      ...agreementInput('2026-01-05'),
    });
    const late = await callerWith(world, world.a.townAdmin, {
      now: () => new Date('2026-02-20T10:00:00+08:00'),
    });
    const error = await late.judicialConfirmation
      .file({
        tenantSlug,
        caseId,
        expectedVersion: signed.version,
        courtName: '清溪县人民法院',
        filedOn: '2026-02-20',
        contactPhone: '13800000001',
      })
      .then(refused, (caught: unknown) => caught as TRPCError);
    expect(error.message).toBe('VALIDATION_FAILED');
    expect(error.cause).toMatchObject({
      details: {
        reason: 'CONFIRMATION_WINDOW_PASSED',
        lastDay: '2026-02-04',
        fields: [{ path: 'filedOn', reason: 'CONFIRMATION_WINDOW_PASSED' }],
      },
    });
    const onTime = await late.judicialConfirmation.file({
      tenantSlug,
      caseId,
      expectedVersion: signed.version,
      courtName: '清溪县人民法院',
      filedOn: '2026-02-04',
      contactPhone: '13800000001',
    });
    expect(onTime.status).toBe('awaiting_confirmation');
  });

  it('refuses to reprint a document that no longer matches its hash', async () => {
    const admin = await world.caller(world.a.townAdmin);
    const tenantSlug = world.a.town.slug;
    const { caseId, version } = await assignedCase(admin, world.a, 3);
    const session = await admin.mediationSession.schedule({
      tenantSlug,
      caseId,
      expectedVersion: version,
      place: 'online',
      location: '线上调解室',
      startsAt: new Date(Date.now() - 7_200_000).toISOString(),
      endsAt: new Date(Date.now() - 3_600_000).toISOString(),
      mediatorUserIds: [world.a.mediator.userId],
    });
    const signed = await admin.agreement.create({
      tenantSlug,
      caseId,
      expectedVersion: session.version,
      ...agreementInput(today()),
    });
    const [row] = await database.owner.db.execute<{ key: string }>(
      sql`select document_key as key from agreement where id = ${signed.agreementId}`,
    );
    // Swap the stored file for another one under the same key.
    await testStorage.delete(row!.key);
    await testStorage.put(row!.key, new TextEncoder().encode('%PDF-1.4 forged'));
    const error = await admin.agreement
      .pdf({ tenantSlug, agreementId: signed.agreementId })
      .then(refused, (caught: unknown) => caught as TRPCError);
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.message).toBe('DOCUMENT_INTEGRITY_FAILED');
  });

  it('reopens a closed case, keeping the old agreement on file as superseded', async () => {
    const admin = await world.caller(world.a.townAdmin);
    const tenantSlug = world.a.town.slug;
    const { caseId, version } = await assignedCase(admin, world.a, 4);
    const session = await admin.mediationSession.schedule({
      tenantSlug,
      caseId,
      expectedVersion: version,
      place: 'on_site',
      location: '新塘村',
      startsAt: new Date(Date.now() - 7_200_000).toISOString(),
      endsAt: new Date(Date.now() - 3_600_000).toISOString(),
      mediatorUserIds: [world.a.mediator.userId],
    });
    const first = await admin.agreement.create({
      tenantSlug,
      caseId,
      expectedVersion: session.version,
      ...agreementInput(today()),
      kind: 'oral',
    });
    const noDocument = await admin.agreement
      .pdf({ tenantSlug, agreementId: first.agreementId })
      .then(refused, (caught: unknown) => caught as TRPCError);
    expect(noDocument.code).toBe('NOT_FOUND');
    const closed = await admin.case.close({ tenantSlug, caseId, expectedVersion: first.version });
    const visited = await admin.followUp.record({
      tenantSlug,
      caseId,
      expectedVersion: closed.version,
      visitedOn: today(),
      performed: 'no',
      satisfaction: 'dissatisfied',
    });
    const reopened = await admin.case.reopen({
      tenantSlug,
      caseId,
      expectedVersion: visited.version,
      reason: '回访发现被申请人未履行，申请人要求重新调解',
    });
    expect(reopened.status).toBe('assigned');
    const page = await admin.case.get({ tenantSlug, caseId });
    expect(page.case).toMatchObject({ result: null, closedAt: null });
    expect(page.agreements[0]!.supersededAt).not.toBeNull();
  });

  it('lists, flags and exports the queue with personal data masked', async () => {
    const admin = await world.caller(world.a.townAdmin);
    const tenantSlug = world.a.town.slug;
    const { caseId } = await admin.case.register({
      ...intakeForm(world.a, 5),
      parties: [
        { role: 'applicant', name: '王二小', phone: '13900000555' },
        {
          role: 'respondent',
          kind: 'organisation',
          name: '清溪物业服务有限公司',
          legalRepresentative: '陈刚',
        },
      ],
    });
    const list = await admin.case.list({ tenantSlug, statuses: ['registered'], pageSize: 100 });
    const row = list.rows.find((entry) => entry.id === caseId);
    expect(row).toMatchObject({
      applicants: '王二小',
      respondents: '清溪物业服务有限公司',
      categoryName: '邻里纠纷',
      deadline: { kind: 'acceptance', state: expect.stringMatching(/on_track|due_soon/) },
    });
    const byPlace = await admin.case.list({ tenantSlug, orgUnitId: world.a.setup.villageUnitId });
    expect(byPlace.rows.map((entry) => entry.id)).toContain(caseId);
    const overdue = await admin.case.list({ tenantSlug, overdueOnly: true });
    expect(overdue.rows.map((entry) => entry.id)).not.toContain(caseId);
    const paged = await admin.case.list({ tenantSlug, pageSize: 2, page: 2 });
    expect(paged.rows).toHaveLength(2);
    expect(paged.total).toBeGreaterThan(4);

    const exported = await admin.case.export({ tenantSlug, search: '王二小' });
    expect(exported.rowCount).toBe(1);
    const strings = readZipEntry(
      Buffer.from(exported.contentBase64, 'base64'),
      'xl/sharedStrings.xml',
    );
    expect(strings).toContain('王**');
    expect(strings).toContain('清溪物业服务有限公司');
    expect(strings).not.toContain('王二小');
    expect(strings).not.toContain('13900000555');
  });
});
