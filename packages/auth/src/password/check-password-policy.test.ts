import { describe, expect, it } from 'vitest';
import { AuthError } from '../auth-error.ts';
import { checkPasswordPolicy } from './check-password-policy.ts';

function violation(password: string, logins: string[] = []): string | null {
  try {
    checkPasswordPolicy(password, { logins });
    return null;
  } catch (error) {
    if (error instanceof AuthError) return error.code;
    throw error;
  }
}

describe('checkPasswordPolicy', () => {
  it('accepts a long passphrase', () => {
    expect(violation('correct horse battery staple')).toBeNull();
  });

  it('counts code points, not bytes or UTF-16 units', () => {
    expect(violation('调解委员会工作很好')).toBeNull(); // 9 characters
    expect(violation('调解委员会工作')).toBe('PASSWORD_TOO_SHORT'); // 7 characters, 21 bytes
    // Seven astral characters are 14 UTF-16 units but still too short.
    expect(violation('😀😁😂🤣😃😄😅')).toBe('PASSWORD_TOO_SHORT');
  });

  it('enforces 8 to 128 characters', () => {
    expect(violation('a1b2c3d')).toBe('PASSWORD_TOO_SHORT');
    expect(violation('x7'.repeat(64))).toBeNull();
    expect(violation(`${'x7'.repeat(64)}z`)).toBe('PASSWORD_TOO_LONG');
  });

  it('rejects common passwords whatever their case', () => {
    expect(violation('password')).toBe('PASSWORD_TOO_COMMON');
    expect(violation('PassWord')).toBe('PASSWORD_TOO_COMMON');
    expect(violation('12345678')).toBe('PASSWORD_TOO_COMMON');
    expect(violation('iloveyou')).toBe('PASSWORD_TOO_COMMON');
  });

  it('rejects the login itself', () => {
    expect(violation('Wang.Li@Example.cn', ['wang.li@example.cn'])).toBe('PASSWORD_EQUALS_LOGIN');
    expect(violation('13812345678', ['13812345678'])).toBe('PASSWORD_EQUALS_LOGIN');
    expect(violation('wang.li@example.cn!', ['wang.li@example.cn'])).toBeNull();
  });
});
