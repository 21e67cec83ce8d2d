// Encryption keys. From the environment (base64 of 32 bytes) in production; for a local run they
// are generated once and kept beside the embedded database, so a restart can still read the data.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, type Env } from './env.ts';

export const keyNames = ['TOTP_ENCRYPTION_KEY', 'PII_ENCRYPTION_KEY', 'PII_INDEX_KEY'] as const;
export type KeyName = (typeof keyNames)[number];
export type Keys = Record<KeyName, Uint8Array>;

function decodeKey(name: string, value: string): Uint8Array {
  const bytes = Buffer.from(value, 'base64');
  if (bytes.byteLength !== 32)
    throw new ConfigError(`${name} must be 32 bytes in base64 (got ${bytes.byteLength})`);
  return new Uint8Array(bytes);
}

export async function loadKeys(env: Env, dataDir: string): Promise<Keys> {
  const file = path.join(dataDir, 'keys.json');
  const stored: Partial<Record<KeyName, string>> = existsSync(file)
    ? JSON.parse(await readFile(file, 'utf8'))
    : {};
  const missing = keyNames.filter((name) => !env[name] && !stored[name]);
  if (missing.length > 0 && env.NODE_ENV === 'production' && env.DATABASE_URL) {
    throw new ConfigError(
      `${missing.join(', ')} must be set in production (base64 of 32 random bytes)`,
    );
  }
  if (missing.length > 0) {
    for (const name of missing) stored[name] = randomBytes(32).toString('base64');
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return Object.fromEntries(
    keyNames.map((name) => [name, decodeKey(name, env[name] ?? stored[name] ?? '')]),
  ) as Keys;
}
