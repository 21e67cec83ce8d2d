import { describe, expect, it } from 'vitest';
import { chinaMidnight, formatChineseDate } from './chinese-date.ts';
import { chineseNumeral } from './chinese-numeral.ts';
import { formatYuan, yuanInCapitals } from './yuan-amount.ts';

describe('formatChineseDate', () => {
  it('writes year, month and day without leading zeros', () => {
    expect(formatChineseDate('2026-11-25')).toBe('2026年11月25日');
    expect(formatChineseDate('2027-05-01')).toBe('2027年5月1日');
  });

  it('rejects what is not a calendar date', () => {
    expect(() => formatChineseDate('2026-02-30')).toThrow(RangeError);
    expect(() => formatChineseDate('25/11/2026')).toThrow(RangeError);
  });

  it('takes midnight in China time', () => {
    expect(chinaMidnight('2026-11-25').toISOString()).toBe('2026-11-24T16:00:00.000Z');
  });
});

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [3, '三'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [40, '四十'],
    [99, '九十九'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1001, '一千零一'],
    [2026, '二千零二十六'],
  ])('%i → %s', (value, expected) => {
    expect(chineseNumeral(value)).toBe(expected);
  });
});

describe('yuan amounts', () => {
  it.each([
    ['0', '0.00', '零元整'],
    ['3500', '3,500.00', '叁仟伍佰元整'],
    ['350.00', '350.00', '叁佰伍拾元整'],
    ['200.5', '200.50', '贰佰元伍角'],
    ['1800', '1,800.00', '壹仟捌佰元整'],
    ['10050.05', '10,050.05', '壹万零伍拾元零伍分'],
    ['100000', '100,000.00', '壹拾万元整'],
    ['100500', '100,500.00', '壹拾万零伍佰元整'],
    ['10001000', '10,001,000.00', '壹仟万零壹仟元整'],
    ['100000001', '100,000,001.00', '壹亿零壹元整'],
    ['0.05', '0.05', '伍分'],
    ['0.50', '0.50', '伍角'],
    ['1.23', '1.23', '壹元贰角叁分'],
  ])('%s → %s, %s', (amount, figures, capitals) => {
    expect(formatYuan(amount)).toBe(figures);
    expect(yuanInCapitals(amount)).toBe(capitals);
  });

  it('rejects negative, malformed and over-precise amounts', () => {
    for (const bad of ['-1', '1.234', '1,000', 'abc', '']) {
      expect(() => formatYuan(bad)).toThrow(RangeError);
    }
  });
});
