import { describe, expect, it } from 'vitest';
import { normalizeLogin } from './normalize-login.ts';

describe('normalizeLogin', () => {
  it('lower-cases and trims e-mail addresses', () => {
    expect(normalizeLogin('  Wang.Li@Example.CN ')).toEqual({
      kind: 'email',
      value: 'wang.li@example.cn',
    });
  });

  it('recognises mainland mobile numbers, with or without +86 and separators', () => {
    expect(normalizeLogin('13812345678')).toEqual({ kind: 'phone', value: '13812345678' });
    expect(normalizeLogin('+86 138-1234-5678')).toEqual({ kind: 'phone', value: '13812345678' });
  });

  it('rejects anything else', () => {
    expect(normalizeLogin('23812345678')).toBeNull();
    expect(normalizeLogin('1381234567')).toBeNull();
    expect(normalizeLogin('wang.li')).toBeNull();
    expect(normalizeLogin('')).toBeNull();
  });
});
