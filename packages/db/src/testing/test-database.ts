// A fresh database per test file, cloned from the migrated template made by global-setup.ts.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { createDatabase } from '../client.ts';
import { appUrlFor } from '../server.ts';
import { TEST_APP_PASSWORD } from './global-setup.ts';

export interface TestDatabase {
  /** Connected as the app role: every statement under row-level security. */
  app: ReturnType<typeof createDatabase>;
  /** Connected as the owner: for arranging fixtures and checking what really changed. */
  owner: ReturnType<typeof createDatabase>;
  ownerUrl: string;
  appUrl: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const { serverUrl, templateName, runId } = inject('concordDatabase');
  const name = `concord_t_${runId}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${templateName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const ownerUrl = url.toString();
  const appUrl = appUrlFor(ownerUrl, TEST_APP_PASSWORD);
  const app = createDatabase(appUrl, { max: 4 });
  const owner = createDatabase(ownerUrl, { max: 2 });
  return {
    app,
    owner,
    ownerUrl,
    appUrl,
    async drop() {
      await Promise.all([app.close(), owner.close()]);
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
