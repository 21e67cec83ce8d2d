import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, fromEpochDay, toEpochDay } from '../calendar/calendar-date.ts';
import { maskIdNumber, parseResidentId } from './resident-id.ts';

const today = '2025-11-25';

// ISO 7064 MOD 11-2 the textbook way (weights 2^(17-i) mod 11), independent of the code's table.
function checkCharacter(first17: string): string {
  const sum = [...first17].reduce((total, digit, index) => {
    return total + Number(digit) * (2 ** (17 - index) % 11);
  }, 0);
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

function withCheck(first17: string): string {
  return first17 + checkCharacter(first17);
}

describe('parseResidentId: valid numbers', () => {
  it('accepts the GB 11643 sample born 1949-12-31', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(parseResidentId('11010519491231002X', today)).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
    });
  });

  it('normalises a lower-case x, spaces and full-width input', () => {
    for (const input of [
      '11010519491231002x',
      ' 110105 19491231 002X ',
      '１１０１０５１９４９１２３１００２ｘ',
    ]) {
      expect(parseResidentId(input, today)).toMatchObject({
        ok: true,
        value: '11010519491231002X',
      });
    }
  });

  it('reads the sex from the odd or even 17th digit', () => {
    expect(parseResidentId(withCheck('44052419800101001'), today)).toMatchObject({
      ok: true,
      birthDate: '1980-01-01',
      sex: 'male',
    });
    expect(parseResidentId(withCheck('44052419800101002'), today)).toMatchObject({
      sex: 'female',
    });
  });

  it('accepts someone born today and on 1900-01-01', () => {
    expect(parseResidentId(withCheck('33010220251125001'), today).ok).toBe(true);
    expect(parseResidentId(withCheck('33010219000101001'), today).ok).toBe(true);
  });

  it('accepts any well-formed number and reports its birth date', () => {
    const birthDays = fc.integer({ min: toEpochDay('1900-01-01'), max: toEpochDay(today) });
    fc.assert(
      fc.property(
        fc.constantFrom('110105', '440524', '500101', '650102', '810000', '830000'),
        birthDays,
        fc.integer({ min: 0, max: 999 }),
        (region, birthDay, sequence) => {
          const birthDate = fromEpochDay(birthDay);
          const sequenceText = String(sequence).padStart(3, '0');
          const number = withCheck(region + birthDate.replaceAll('-', '') + sequenceText);
          const result = parseResidentId(number, today);
          expect(result).toEqual({
            ok: true,
            value: number,
            birthDate,
            sex: sequence % 2 === 1 ? 'male' : 'female',
          });
        },
      ),
    );
  });
});

describe('parseResidentId: invalid numbers', () => {
  it.each([
    ['11010519491231002', 'length'],
    ['11010519491231002X1', 'length'],
    ['110105491231002', 'length'],
    ['', 'length'],
    ['1101051949123100XX', 'characters'],
    ['11010519491231002Y', 'characters'],
    ['1101051949-231002X', 'characters'],
    [withCheck('01010519491231002'), 'region'],
    [withCheck('91010519491231002'), 'region'],
    [withCheck('19010519491231002'), 'region'],
    [withCheck('11010519900230001'), 'birth_date'],
    [withCheck('11010520230229001'), 'birth_date'],
    [withCheck('11010519901301001'), 'birth_date'],
    [withCheck('11010518991231001'), 'birth_date'],
    [withCheck('11010520251126001'), 'birth_date'],
    ['110105194912310021', 'check_digit'],
    ['110105194912310020', 'check_digit'],
  ] as const)('%s → %s', (input, reason) => {
    expect(parseResidentId(input, today)).toEqual({ ok: false, reason });
  });

  it('rejects the standard sample 440524188001010014 only for its 1880 birth date', () => {
    expect(checkCharacter('44052418800101001')).toBe('4');
    expect(parseResidentId('440524188001010014', today)).toEqual({
      ok: false,
      reason: 'birth_date',
    });
  });

  it('treats a birth date in the future as invalid, relative to the given day', () => {
    const number = withCheck('11010520251126001');
    expect(parseResidentId(number, today).ok).toBe(false);
    expect(parseResidentId(number, addCalendarDays(today, 1)).ok).toBe(true);
  });

  it('catches every single mistyped digit', () => {
    const valid = '11010519491231002X';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (at, shift) => {
        const digit = (Number(valid[at]) + shift) % 10;
        const typo = valid.slice(0, at) + digit + valid.slice(at + 1);
        expect(parseResidentId(typo, today).ok).toBe(false);
      }),
    );
  });
});

describe('maskIdNumber', () => {
  it('keeps the first three and last four characters', () => {
    expect(maskIdNumber('110105194912311234')).toBe('110***********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
  });

  it('hides a value too short to mask partially', () => {
    expect(maskIdNumber('1234567')).toBe('*******');
    expect(maskIdNumber('')).toBe('');
  });
});
