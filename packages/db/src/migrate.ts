import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

/**
 * The committed migrations folder. Found by walking up from this module, because the web
 * app bundles this code into apps/web/build/server where a relative path would break.
 */
export function migrationsFolder(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    for (const candidate of [path.join(dir, 'drizzle'), path.join(dir, 'packages/db/drizzle')]) {
      if (existsSync(path.join(candidate, 'meta/_journal.json'))) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the migrations folder (packages/db/drizzle).');
    dir = parent;
  }
}

/** Applies pending migrations as the owner; concurrent callers serialise on an advisory lock. */
export async function runMigrations(ownerUrl: string): Promise<void> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(7241001)`;
    await migrate(drizzle(sql), { migrationsFolder: migrationsFolder() });
  } finally {
    await sql.end({ timeout: 5 });
  }
}
