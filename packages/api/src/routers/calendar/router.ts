// The working-day calendar: which years are known, and a county entering a newly published one.
import { isCalendarDate, toChinaDate } from '@concord/domain/calendar/calendar-date';
import { z } from 'zod';
import { apiError } from '../../errors.ts';
import { activeTenant, can, router, tenantProcedure } from '../../trpc.ts';
import { countyProcedure } from '../county/tenant-kind.ts';
import { bundledYearSchedules, loadCountyYearSchedules } from './load-working-day-calendar.ts';
import { setHolidayYear } from './set-holiday-year.ts';

/** The bundled data starts in 2004 (the `chinese-days` release). */
export const FIRST_CALENDAR_YEAR = 2004;

const isoDate = z.string().refine(isCalendarDate, 'INVALID_DATE');
const year = z.number().int().min(FIRST_CALENDAR_YEAR).max(2100);

export const ZCalendarYearInput = z.object({ year });
export const ZSetCalendarYearInput = z.object({
  year,
  holidays: z.array(isoDate).min(1).max(60),
  adjustedWorkdays: z.array(isoDate).max(20),
});

const lastEditableYear = (now: Date) => Number(toChinaDate(now).slice(0, 4)) + 1;

type Source = 'bundled' | 'county' | 'none';

export const calendarRouter = router({
  /** 2004 … next year: where each year's arrangement comes from. */
  listYears: tenantProcedure.use(can('tenant:read')).query(async ({ ctx }) => {
    const own = new Map(
      (await loadCountyYearSchedules(ctx.tx, ctx.tenant.countyId)).map((entry) => [
        entry.year,
        entry,
      ]),
    );
    const bundled = new Map(bundledYearSchedules().map((entry) => [entry.year, entry]));
    const last = lastEditableYear(ctx.now());
    const years = [];
    for (let current = last; current >= FIRST_CALENDAR_YEAR; current--) {
      const county = own.get(current);
      const entry = county ?? bundled.get(current);
      const source: Source = county ? 'county' : entry ? 'bundled' : 'none';
      years.push({
        year: current,
        source,
        holidays: entry?.holidays.length ?? 0,
        adjustedWorkdays: entry?.adjustedWorkdays.length ?? 0,
        changedAt: county?.changedAt ?? null,
      });
    }
    return years;
  }),

  /** One year's dates, for viewing or editing. */
  getYear: tenantProcedure
    .use(can('tenant:read'))
    .input(ZCalendarYearInput)
    .query(async ({ ctx, input }) => {
      const county = (await loadCountyYearSchedules(ctx.tx, ctx.tenant.countyId)).find(
        (entry) => entry.year === input.year,
      );
      const entry = county ?? bundledYearSchedules().find((item) => item.year === input.year);
      const source: Source = county ? 'county' : entry ? 'bundled' : 'none';
      return {
        year: input.year,
        source,
        holidays: [...(entry?.holidays ?? [])],
        adjustedWorkdays: [...(entry?.adjustedWorkdays ?? [])],
      };
    }),

  /** County administrators enter a year (usually next year, once the State Council publishes it). */
  setYear: countyProcedure
    .use(can('tenant:configure'))
    .use(activeTenant)
    .input(ZSetCalendarYearInput)
    .mutation(({ ctx, input }) => {
      if (input.year > lastEditableYear(ctx.now()))
        throw apiError('VALIDATION_FAILED', { field: 'year', reason: 'YEAR_NOT_PUBLISHED' });
      return setHolidayYear(ctx.tx, {
        ...input,
        county: ctx.tenant,
        actorUserId: ctx.auth.user.id,
      });
    }),
});
