import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPhone, parseMobilePhone } from './mobile-phone.ts';

describe('parseMobilePhone', () => {
  it.each([
    '13812345678',
    '138 1234 5678',
    '138-1234-5678',
    '+8613812345678',
    '+86 138 1234 5678',
    '8613812345678',
    '86-138-1234-5678',
    '0086 138 1234 5678',
    '１３８１２３４５６７８',
    '＋８６ １３８－１２３４－５６７８',
  ])('normalises %s', (input) => {
    expect(parseMobilePhone(input)).toEqual({ ok: true, value: '13812345678' });
  });

  it.each([
    ['138123456789', 'length'],
    ['1381234567', 'length'],
    ['', 'length'],
    ['+86138123456789', 'length'],
    ['00861381234567', 'length'],
    ['138.1234.5678', 'characters'],
    ['(138)12345678', 'characters'],
    ['1381234567a', 'characters'],
    ['+85213812345678', 'characters'],
    ['12812345678', 'prefix'],
    ['10012345678', 'prefix'],
    ['23812345678', 'prefix'],
    ['02087654321', 'prefix'],
  ] as const)('rejects %s (%s)', (input, reason) => {
    expect(parseMobilePhone(input)).toEqual({ ok: false, reason });
  });

  it('accepts every 1[3-9] number in any of the usual spellings', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        fc.stringMatching(/^\d{9}$/),
        fc.constantFrom('', '+86', '86', '+86 ', '0086'),
        fc.constantFrom(' ', '-', ''),
        (second, rest, countryCode, separator) => {
          const number = `1${second}${rest}`;
          const typed = `${countryCode}${number.slice(0, 3)}${separator}${number.slice(3, 7)}${separator}${number.slice(7)}`;
          expect(parseMobilePhone(typed)).toEqual({ ok: true, value: number });
        },
      ),
    );
  });
});

describe('maskPhone', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('hides a value too short to mask partially', () => {
    expect(maskPhone('1234')).toBe('****');
  });
});
