import { generateHOTP, generateTOTP } from '@oslojs/otp';
import { describe, expect, it, vi } from 'vitest';
import { matchTotpStep, totpStep } from './totp-parameters.ts';

const key = crypto.getRandomValues(new Uint8Array(20));
const now = new Date('2026-11-25T09:00:10Z');
const code = (offset: number) => generateHOTP(key, BigInt(totpStep(now) + offset), 6);

describe('TOTP parameters', () => {
  it('uses 30-second steps, matching what authenticator apps compute', () => {
    expect(totpStep(new Date(59_999))).toBe(1);
    expect(totpStep(new Date(60_000))).toBe(2);
    vi.setSystemTime(now);
    try {
      expect(matchTotpStep(key, generateTOTP(key, 30, 6), now)).toBe(totpStep(now));
    } finally {
      vi.useRealTimers();
    }
  });

  it('accepts the current step and one either side, and says which', () => {
    for (const offset of [-1, 0, 1])
      expect(matchTotpStep(key, code(offset), now)).toBe(totpStep(now) + offset);
  });

  it('refuses codes two steps away, wrong codes and malformed input', () => {
    expect(matchTotpStep(key, code(-2), now)).toBeNull();
    expect(matchTotpStep(key, code(2), now)).toBeNull();
    expect(
      matchTotpStep(
        key,
        code(0).replace(/.$/, (d) => String((Number(d) + 1) % 10)),
        now,
      ),
    ).toBeNull();
    expect(matchTotpStep(key, '12345', now)).toBeNull();
    expect(matchTotpStep(key, 'abcdef', now)).toBeNull();
  });

  it('ignores spaces people type', () => {
    const c = code(0);
    expect(matchTotpStep(key, `${c.slice(0, 3)} ${c.slice(3)}`, now)).toBe(totpStep(now));
  });
});
