import type { ThrottlePolicy } from '../auth-config.ts';

/**
 * How long to refuse attempts after `failures` consecutive failures: nothing before the
 * threshold, then the base delay doubling per further failure, capped (by default the 5th
 * failure blocks for 1 s, the 6th for 2 s, the 7th for 4 s … at most 15 min).
 */
export function throttleDelayMs(failures: number, policy: ThrottlePolicy): number {
  const beyond = failures - policy.delayAfterFailures;
  if (beyond < 0) return 0;
  // Capping the exponent first keeps 2 ** n finite for absurd counts.
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(beyond, 40));
}
