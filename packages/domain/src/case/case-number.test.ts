import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCaseNumber, parseCaseNumber } from './case-number.ts';

describe('formatCaseNumber', () => {
  it.each([
    [{ year: 2026, prefix: '城关调', sequence: 1 }, '（2026）城关调字第0001号'],
    [{ year: 2025, prefix: '人调', sequence: 42 }, '（2025）人调字第0042号'],
    [{ year: 2026, prefix: '城关调', sequence: 9999 }, '（2026）城关调字第9999号'],
    [{ year: 2026, prefix: '城关调', sequence: 12345 }, '（2026）城关调字第12345号'],
  ])('%j → %s', (parts, expected) => {
    expect(formatCaseNumber(parts)).toBe(expected);
  });

  it.each([
    [{ year: 26, prefix: '城关调', sequence: 1 }, 'year'],
    [{ year: 2026.5, prefix: '城关调', sequence: 1 }, 'year'],
    [{ year: 2026, prefix: '', sequence: 1 }, 'prefix'],
    [{ year: 2026, prefix: '城关 调', sequence: 1 }, 'prefix'],
    [{ year: 2026, prefix: '城关（调）', sequence: 1 }, 'prefix'],
    [{ year: 2026, prefix: '城关字第调', sequence: 1 }, 'prefix'],
    [{ year: 2026, prefix: '城关2调', sequence: 1 }, 'prefix'],
    [{ year: 2026, prefix: '城关调', sequence: 0 }, 'sequence'],
    [{ year: 2026, prefix: '城关调', sequence: 1.5 }, 'sequence'],
  ])('refuses %j (%s)', (parts, problem) => {
    expect(() => formatCaseNumber(parts)).toThrow(
      expect.objectContaining({
        code: 'INVALID_CASE_NUMBER',
        details: expect.objectContaining({ problem }),
      }),
    );
  });
});

describe('parseCaseNumber', () => {
  it('reads the customary form', () => {
    expect(parseCaseNumber('（2026）城关调字第0001号')).toEqual({
      year: 2026,
      prefix: '城关调',
      sequence: 1,
    });
  });

  it('accepts half-width parentheses, no padding and surrounding spaces', () => {
    expect(parseCaseNumber(' (2026)城关调字第12号 ')).toEqual({
      year: 2026,
      prefix: '城关调',
      sequence: 12,
    });
  });

  it.each([
    '2026城关调字第0001号',
    '（2026）城关调字第号',
    '（2026）字第0001号',
    '（2026）城关调第0001号',
    '（26）城关调字第0001号',
    '（2026）城关调字第0000号',
    '（2026）城关调字第0001',
    '（2026）城关 调字第0001号',
  ])('returns null for %s', (input) => {
    expect(parseCaseNumber(input)).toBeNull();
  });

  it('reads back whatever it formats', () => {
    const prefixes = fc.constantFrom('城关调', '人调', '赵巷人调', '县调解中心', '交调');
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        prefixes,
        fc.integer({ min: 1, max: 10_000_000 }),
        (year, prefix, sequence) => {
          const parts = { year, prefix, sequence };
          expect(parseCaseNumber(formatCaseNumber(parts))).toEqual(parts);
        },
      ),
    );
  });
});
