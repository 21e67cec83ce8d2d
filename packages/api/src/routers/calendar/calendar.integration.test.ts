import { systemScope, withScope } from '@concord/db/scope';
import { createTestDatabase, type TestDatabase } from '@concord/db/testing';
import { toChinaDate } from '@concord/domain/calendar/calendar-date';
import { computeDueDate } from '@concord/domain/deadline/stage-deadlines';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, refusalOf, type World } from '../../testing/world.ts';
import { loadWorkingDayCalendar } from './load-working-day-calendar.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createWorld(database);
});
afterAll(() => database.drop());

const county = () => ({ tenantSlug: world.a.county.slug });
const thisYear = Number(toChinaDate(new Date()).slice(0, 4));
// The bundled data ends with 2026; these tests enter 2027 as a county would once it is published.
const NEXT = 2027;

/** As the case routers will call it: inside a town member's transaction. */
const calendarOfA = () =>
  withScope(database.app.db, systemScope([world.a.town.id]), (tx) =>
    loadWorkingDayCalendar(tx, world.a.county.id),
  );

// 2027: New Year's Day on a Friday; Spring Festival 6 Feb (a Saturday), off 5–11 Feb, with
// Saturday 13 Feb worked in exchange (a plausible arrangement; the State Council's may differ).
const year2027 = {
  year: NEXT,
  holidays: [
    '2027-01-01',
    '2027-02-05',
    '2027-02-06',
    '2027-02-07',
    '2027-02-08',
    '2027-02-09',
    '2027-02-10',
    '2027-02-11',
  ],
  adjustedWorkdays: ['2027-02-13'],
};

describe.runIf(thisYear + 1 >= NEXT)('calendar', () => {
  it('lists 2004 to next year with where each comes from', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    const years = await admin.calendar.listYears(county());
    expect(years[0]?.year).toBe(thisYear + 1);
    expect(years.at(-1)?.year).toBe(2004);
    expect(years).toHaveLength(thisYear + 1 - 2004 + 1);
    expect(years.find((entry) => entry.year === 2026)).toMatchObject({ source: 'bundled' });
    expect(years.find((entry) => entry.year === NEXT)).toMatchObject({
      source: 'none',
      holidays: 0,
    });
  });

  it('makes a year the county enters known to loadWorkingDayCalendar, also from a town', async () => {
    const before = await calendarOfA();
    expect(before.hasPublishedSchedule(NEXT)).toBe(false);
    expect(before.isWorkingDay('2027-02-08')).toBe(true);

    const admin = await world.caller(world.a.countyAdmin);
    expect(await admin.calendar.setYear({ ...county(), ...year2027 })).toEqual({ year: NEXT });

    const after = await calendarOfA();
    expect(after.hasPublishedSchedule(NEXT)).toBe(true);
    expect(after.isWorkingDay('2027-02-08')).toBe(false);
    expect(after.isWorkingDay('2027-02-13')).toBe(true);
    // Registered on Thursday 4 Feb: three working days to accept → 12, 13 (worked Saturday), 15.
    expect(computeDueDate('2027-02-04', { amount: 3, unit: 'working_days' }, after)).toBe(
      '2027-02-15',
    );
    // County B's calendar is its own.
    const ofB = await withScope(database.app.db, systemScope([world.b.town.id]), (tx) =>
      loadWorkingDayCalendar(tx, world.b.county.id),
    );
    expect(ofB.hasPublishedSchedule(NEXT)).toBe(false);

    const mediator = await world.caller(world.a.mediator);
    const years = await mediator.calendar.listYears({ tenantSlug: world.a.town.slug });
    expect(years.find((entry) => entry.year === NEXT)).toMatchObject({
      source: 'county',
      holidays: 8,
      adjustedWorkdays: 1,
    });
    expect(await mediator.calendar.getYear({ tenantSlug: world.a.town.slug, year: NEXT })).toEqual({
      ...year2027,
      source: 'county',
    });
    const [audit] = await database.owner.db.execute<{ detail: Record<string, unknown> }>(
      sql`select detail from audit_log where tenant_id = ${world.a.county.id} and action = 'calendar.year_set'`,
    );
    expect(audit?.detail).toMatchObject({
      year: NEXT,
      replaced: 'none',
      adjustedWorkdays: { added: ['2027-02-13'], removed: [] },
    });
  });

  it('lets the county correct a year, bundled ones included', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    const bundled = await admin.calendar.getYear({ ...county(), year: 2026 });
    expect(bundled.source).toBe('bundled');
    await admin.calendar.setYear({
      ...county(),
      year: 2026,
      holidays: [...bundled.holidays, '2026-12-31'],
      adjustedWorkdays: bundled.adjustedWorkdays,
    });
    expect((await admin.calendar.getYear({ ...county(), year: 2026 })).source).toBe('county');
    expect((await calendarOfA()).isWorkingDay('2026-12-31')).toBe(false);
  });

  it.each([
    ['a date of another year', { holidays: ['2026-12-31'] }, 'DATE_OUTSIDE_YEAR'],
    [
      'a day both off and worked',
      { holidays: ['2027-01-01', '2027-02-13'], adjustedWorkdays: ['2027-02-13'] },
      'HOLIDAY_AND_WORKDAY',
    ],
    [
      'a weekday as a make-up working day',
      { holidays: ['2027-01-01'], adjustedWorkdays: ['2027-02-12'] },
      'WORKDAY_NOT_WEEKEND',
    ],
    [
      'holidays that are all weekends',
      { holidays: ['2027-01-02', '2027-01-03'] },
      'HOLIDAYS_ONLY_WEEKENDS',
    ],
  ])('refuses %s', async (_, dates, reason) => {
    const admin = await world.caller(world.a.countyAdmin);
    const refusal = await refusalOf(
      admin.calendar.setYear({ ...county(), year: NEXT, adjustedWorkdays: [], ...dates }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_REQUEST', details: { reason } });
  });

  it('refuses malformed dates, years not yet published and anyone but the county admin', async () => {
    const admin = await world.caller(world.a.countyAdmin);
    const malformed = await refusalOf(
      admin.calendar.setYear({
        ...county(),
        year: NEXT,
        holidays: ['2027-02-30'],
        adjustedWorkdays: [],
      }),
    );
    expect(malformed.code).toBe('BAD_REQUEST');
    const later = await refusalOf(
      admin.calendar.setYear({
        ...county(),
        year: thisYear + 2,
        holidays: [`${thisYear + 2}-01-01`],
        adjustedWorkdays: [],
      }),
    );
    expect(later).toMatchObject({ details: { reason: 'YEAR_NOT_PUBLISHED' } });
    const townAdmin = await world.caller(world.a.townAdmin);
    expect(
      (await refusalOf(townAdmin.calendar.setYear({ tenantSlug: world.a.town.slug, ...year2027 })))
        .code,
    ).toBe('FORBIDDEN');
  });
});
