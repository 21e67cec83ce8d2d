// Vitest global setup for integration tests: one PostgreSQL server per run (embedded, or the one
// at DATABASE_URL) and one migrated template database that each test file clones.
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { runMigrations } from '../migrate.ts';
import { setAppRolePassword } from '../server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    concordDatabase: { serverUrl: string; templateName: string; runId: string };
  }
}

/** Tests share one cluster-wide role; concurrent runs on one server must agree on its password. */
export const TEST_APP_PASSWORD = 'concord-test-app';

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export default async function setup(project: TestProject) {
  const runId = randomBytes(4).toString('hex');
  let serverUrl = process.env.DATABASE_URL;
  let stopServer = async () => {};
  let dataDir: string | undefined;
  if (!serverUrl) {
    const { startEmbeddedServer } = await import('../embedded-server.ts');
    dataDir = await mkdtemp(path.join(tmpdir(), 'concord-test-pg-'));
    await chmod(dataDir, 0o755);
    const server = await startEmbeddedServer({ dataDir });
    serverUrl = server.ownerUrl;
    stopServer = server.stop;
  }
  const templateName = `concord_tpl_${runId}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${templateName}`);
    const templateUrl = withDatabase(serverUrl, templateName);
    await runMigrations(templateUrl);
    await setAppRolePassword(templateUrl, TEST_APP_PASSWORD);
  } catch (error) {
    await admin.unsafe(`drop database if exists ${templateName}`).catch(() => {});
    await admin.end({ timeout: 5 });
    await stopServer();
    throw error;
  }
  project.provide('concordDatabase', { serverUrl, templateName, runId });

  return async () => {
    const leftovers = await admin<{ datname: string }[]>`
      select datname from pg_database where datname like ${`concord_%_${runId}%`}`;
    for (const { datname } of leftovers)
      await admin.unsafe(`drop database if exists ${datname} with (force)`);
    await admin.end({ timeout: 5 });
    await stopServer();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
