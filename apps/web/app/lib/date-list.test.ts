import { describe, expect, it } from 'vitest';
import { parseDateList } from './date-list.ts';

describe('parseDateList', () => {
  it('reads one date per line or separated by commas, in the usual spellings', () => {
    expect(
      parseDateList('2027-01-01\n2027/2/6, 2027.02.07，2027年2月8日、20270209 2月10日', 2027),
    ).toEqual({
      dates: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10'],
      invalid: [],
    });
  });

  it('expands ranges, also with the month left out at the end', () => {
    expect(parseDateList('2027-02-05~2027-02-08\n5月1日至3日', 2027).dates).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-05-01',
      '2027-05-02',
      '2027-05-03',
    ]);
  });

  it('keeps what it cannot read, as typed, and drops duplicates', () => {
    expect(parseDateList('2027-02-30, hello, 2027-01-01, 2027-01-01, 1月1日')).toEqual({
      dates: ['2027-01-01'],
      invalid: ['2027-02-30', 'hello', '1月1日'],
    });
  });

  it('refuses a backwards or implausibly long range', () => {
    expect(parseDateList('2027-02-08~2027-02-01\n2027-01-01~2027-12-31').invalid).toHaveLength(2);
  });

  it('is empty for blank text', () => {
    expect(parseDateList('  \n ')).toEqual({ dates: [], invalid: [] });
  });
});
