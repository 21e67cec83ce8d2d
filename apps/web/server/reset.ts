// `pnpm db:reset`: wipes the embedded database and seeds the demo county again.
// An external DATABASE_URL is never wiped from here: drop and recreate that database yourself.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { seedDemo } from '@concord/api/seed';
import { createDatabase } from '@concord/db/client';
import { startDatabaseServer } from '@concord/db/server';
import { attachmentsFolder, dataServices } from './data-services.ts';
import { parseEnv } from './env.ts';
import { repoRoot } from './repo-root.ts';
import { loadKeys } from './secrets.ts';

async function reset() {
  const env = parseEnv(process.env);
  if (env.DATABASE_URL) {
    throw new Error(
      'DATABASE_URL is set: db:reset only wipes the embedded database. Recreate the external database by hand.',
    );
  }
  const root = repoRoot();
  const dataDir = path.resolve(root, env.DATA_DIR, 'postgres');
  const keys = await loadKeys(env, path.resolve(root, env.DATA_DIR));
  // Refuses while a server still runs on the folder (a live postmaster.pid) before deleting anything.
  const running = await startDatabaseServer({ dataDir });
  await running.stop();
  await rm(dataDir, { recursive: true, force: true });
  // The stored documents belonged to the wiped database.
  await rm(attachmentsFolder(env, root), { recursive: true, force: true });
  const server = await startDatabaseServer({ dataDir });
  const owner = createDatabase(server.ownerUrl, { max: 2 });
  try {
    const { pii, storage } = dataServices(env, keys, root);
    await seedDemo(owner.db, { cases: { count: env.DEMO_CASES, pii, storage } });
    process.stdout.write(`Embedded database at ${dataDir} wiped and the demo county seeded.\n`);
  } finally {
    await owner.close();
    await server.stop();
  }
}

reset().catch((error: unknown) => {
  process.stderr.write(`concord: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
