// Brings up the database for the app: the configured server, or an embedded one when no
// DATABASE_URL is set; applies migrations; returns the URLs of the owner and the app role.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import postgres from 'postgres';
import { runMigrations } from './migrate.ts';

export const APP_ROLE = 'concord_app';

export interface DatabaseServer {
  ownerUrl: string;
  appUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export interface DatabaseServerOptions {
  /** Owner connection of an existing server; unset → embedded server. */
  databaseUrl?: string | undefined;
  /** App-role connection prepared by a DBA; unset → derived from the owner URL. */
  databaseAppUrl?: string | undefined;
  /** Where the embedded server keeps its data. */
  dataDir: string;
  log?: (line: string) => void;
}

/** The owner URL with the app role's name and password instead. */
export function appUrlFor(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

const isConcurrentRoleUpdate = (error: unknown) =>
  error instanceof Error && error.message.includes('tuple concurrently updated');

/**
 * Sets the app role's password from the owner connection (the role itself comes from a
 * migration). Roles are cluster-wide: two processes setting it at once make PostgreSQL refuse one
 * with "tuple concurrently updated", which is retried.
 */
export async function setAppRolePassword(ownerUrl: string, password: string): Promise<void> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await sql.unsafe(`alter role ${APP_ROLE} password '${password.replaceAll("'", "''")}'`);
        return;
      } catch (error) {
        if (!isConcurrentRoleUpdate(error) || attempt >= 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
      }
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export function describeConnectionError(url: string, error: unknown): Error {
  const { hostname, port, pathname } = new URL(url);
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(`Cannot reach PostgreSQL at ${hostname}:${port || 5432}${pathname}: ${reason}`);
}

export async function startDatabaseServer(options: DatabaseServerOptions): Promise<DatabaseServer> {
  if (options.databaseUrl) {
    const ownerUrl = options.databaseUrl;
    try {
      await runMigrations(ownerUrl);
    } catch (error) {
      throw describeConnectionError(ownerUrl, error);
    }
    let appUrl = options.databaseAppUrl;
    if (!appUrl) {
      // No DBA-made app URL: give the role a fresh password for this process.
      const password = randomBytes(18).toString('base64url');
      await setAppRolePassword(ownerUrl, password);
      appUrl = appUrlFor(ownerUrl, password);
    }
    return { ownerUrl, appUrl, embedded: false, stop: async () => {} };
  }
  const { startEmbeddedServer } = await import('./embedded-server.ts');
  const server = await startEmbeddedServer({
    dataDir: path.resolve(options.dataDir),
    ...(options.log ? { log: options.log } : {}),
  });
  try {
    const ownerUrl = await ensureDatabase(server.ownerUrl, 'concord');
    await runMigrations(ownerUrl);
    const password = randomBytes(18).toString('base64url');
    await setAppRolePassword(ownerUrl, password);
    return { ownerUrl, appUrl: appUrlFor(ownerUrl, password), embedded: true, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Creates `name` on the server when missing; returns the URL pointing at it. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const [found] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!found) await sql.unsafe(`create database "${name}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
