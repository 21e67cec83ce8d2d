// A fresh, migrated database for one benchmark run: on DATABASE_URL's server when set, else on an
// embedded server in a temporary folder.
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabase } from '@concord/db/client';
import { ensureDatabase, startDatabaseServer } from '@concord/db/server';
import postgres from 'postgres';

export interface BenchDatabase {
  app: ReturnType<typeof createDatabase>;
  owner: ReturnType<typeof createDatabase>;
  serverVersion: string;
  close(): Promise<void>;
}

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const external = process.env.DATABASE_URL;
  let dataDir: string | undefined;
  let databaseUrl: string | undefined;
  let dropName: string | undefined;
  if (external) {
    dropName = `concord_bench_${randomBytes(4).toString('hex')}`;
    databaseUrl = await ensureDatabase(external, dropName);
  } else {
    dataDir = await mkdtemp(path.join(tmpdir(), 'concord-bench-'));
    await chmod(dataDir, 0o755);
  }
  const server = await startDatabaseServer({ databaseUrl, dataDir: dataDir ?? '' });
  const app = createDatabase(server.appUrl);
  const owner = createDatabase(server.ownerUrl, { max: 2 });
  const [{ version }] =
    (await owner.sql`select current_setting('server_version') as version`) as unknown as [
      { version: string },
    ];
  return {
    app,
    owner,
    serverVersion: `PostgreSQL ${version}${server.embedded ? ' (embedded)' : ''}`,
    async close() {
      await Promise.all([app.close(), owner.close()]);
      if (external && dropName) {
        const admin = postgres(external, { max: 1, onnotice: () => {} });
        await admin.unsafe(`drop database if exists ${dropName} with (force)`);
        await admin.end();
      }
      await server.stop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
