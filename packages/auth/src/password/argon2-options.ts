import type { Options } from '@node-rs/argon2';

/**
 * OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane). `algorithm: 2` is Argon2id; the
 * package's const enum cannot be imported under isolatedModules.
 */
export const argon2Options: Options = {
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};
