import { describe, expect, it } from 'vitest';
import { defaultThrottleConfig } from '../auth-config.ts';
import { throttleDelayMs } from './throttle-delay.ts';

const policy = defaultThrottleConfig.account;

describe('throttleDelayMs', () => {
  it('lets the first four failures through, then doubles from one second', () => {
    expect([1, 2, 3, 4].map((n) => throttleDelayMs(n, policy))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9].map((n) => throttleDelayMs(n, policy))).toEqual([
      1000, 2000, 4000, 8000, 16000,
    ]);
  });

  it('caps at fifteen minutes, even for absurd counts', () => {
    expect(throttleDelayMs(14, policy)).toBe(512_000);
    expect(throttleDelayMs(15, policy)).toBe(900_000);
    expect(throttleDelayMs(10_000, policy)).toBe(900_000);
  });

  it('gives shared addresses more room', () => {
    expect(throttleDelayMs(19, defaultThrottleConfig.ip)).toBe(0);
    expect(throttleDelayMs(20, defaultThrottleConfig.ip)).toBe(1000);
  });
});
