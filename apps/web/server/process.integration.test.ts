// The server as a process: start-up, health, restart with data kept, clean shutdown, bad config.
// Runs the built app (turbo builds it before this test) on an embedded server in a temp folder.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from './body-limit.ts';

const mainFile = path.resolve(import.meta.dirname, 'main.ts');
let dataDir: string;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startServer(env: Record<string, string>): Running {
  let output = '';
  const child = spawn(process.execPath, [mainFile], {
    // The embedded path is what this test is about, whatever DATABASE_URL the test run has.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      DATABASE_URL: '',
      DEMO_CASES: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForListening(running: Running): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (!running.output().includes('Concord is listening')) {
    if (running.child.exitCode !== null) throw new Error(`server exited: ${running.output()}`);
    if (Date.now() > deadline) throw new Error(`server did not start: ${running.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function embeddedPostgresProcesses(): string[] {
  const list = execFileSync('ps', ['-eo', 'pid,args']).toString().split('\n');
  return list.filter((line) => line.includes('postgres -D') && line.includes(dataDir));
}

/** The status answering a POST that declares `length` bytes of body and sends none of them. */
function postDeclaring(port: string, length: number): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/sign-in',
        headers: { 'Content-Length': String(length), 'Sec-Fetch-Site': 'same-origin' },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode);
      },
    );
    request.on('error', reject);
    request.flushHeaders();
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'concord-process-'));
  // As root the server runs as the OS user postgres, which must traverse this folder.
  await chmod(dataDir, 0o755);
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('server process', () => {
  it('serves health and the sign-in page, keeps data across restarts, leaves no postgres behind', async () => {
    const port = String(await freePort());
    const first = startServer({ PORT: port, DATA_DIR: dataDir });
    await waitForListening(first);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });
    const page = await fetch(`http://127.0.0.1:${port}/sign-in`);
    expect(await page.text()).toContain('<html lang="zh-CN"');
    expect(first.output()).toContain('seeded the demo county');
    const forged = await fetch(`http://127.0.0.1:${port}/locale`, {
      method: 'POST',
      headers: {
        Origin: 'http://evil.example',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'locale=en&returnTo=/',
      redirect: 'manual',
    });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('set-cookie')).toBeNull();
    // A body declared larger than any form is refused before a byte of it is read.
    expect(await postDeclaring(port, MAX_BODY_BYTES + 1)).toBe(413);
    expect(embeddedPostgresProcesses()).toHaveLength(1);

    const started = Date.now();
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(embeddedPostgresProcesses()).toEqual([]);

    const second = startServer({ PORT: port, DATA_DIR: dataDir });
    await waitForListening(second);
    expect(second.output()).not.toContain('seeded the demo county');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(embeddedPostgresProcesses()).toEqual([]);
  });

  it.each([
    [{ PORT: 'abc' }, /^concord: Invalid configuration: PORT="abc": .+\n$/],
    [{ LOG_LEVEL: 'loud' }, /^concord: Invalid configuration: LOG_LEVEL="loud": .+\n$/],
    [
      { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
      /^concord: Cannot reach PostgreSQL at 127\.0\.0\.1:1\/none: .+\n$/,
    ],
  ])('refuses bad configuration %o with one clear line', async (env, expected) => {
    const running = startServer({ DATA_DIR: dataDir, ...env });
    expect(await running.exited).toBe(1);
    expect(running.output()).toMatch(expected);
  });
});
