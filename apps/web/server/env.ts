// The app's configuration, validated once at start-up: a bad value stops the process with a
// one-line message naming the variable.
import { z } from 'zod';

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/ })
    .optional()
    .describe('owner connection of an external PostgreSQL ≥ 15; unset → embedded server'),
  DATABASE_APP_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Embedded server data; relative paths are taken from the repository root. */
  DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  /** Demo cases seeded with the demo county (through the real use cases, so it takes a while). */
  DEMO_CASES: z.coerce.number().int().min(0).max(5000).default(300),
  /** Base64 of 32 bytes each; generated into DATA_DIR for local runs (see secrets.ts). */
  TOTP_ENCRYPTION_KEY: z.base64().optional(),
  PII_ENCRYPTION_KEY: z.base64().optional(),
  PII_INDEX_KEY: z.base64().optional(),
  /** Id of PII_ENCRYPTION_KEY (1–255), stored with every sealed value; raise it when rotating. */
  PII_KEY_ID: z.coerce.number().int().min(1).max(255).default(1),
  /** Generated documents and uploaded files; unset → <DATA_DIR>/attachments. */
  ATTACHMENTS_DIR: z.string().min(1).optional(),
  /** Set when served over HTTPS (behind a proxy): cookies become Secure and __Host- prefixed. */
  PUBLIC_ORIGIN: z.url().optional(),
});

export type Env = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = EnvSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.');
    const shown =
      name === 'DATABASE_URL' || name === 'DATABASE_APP_URL'
        ? '(hidden)'
        : JSON.stringify(source[name]);
    return `${name}=${shown}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}
