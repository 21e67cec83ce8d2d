// The process: configuration → database (embedded or external, migrated) → demo seed →
// HTTP server; and the reverse on SIGTERM/SIGINT. Runs unbundled under Node; the React Router
// app itself is built by Vite from server/app.ts.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { type SeedResult, seedDemo } from '@concord/api/seed';
import { createAuthConfig } from '@concord/auth/auth-config';
import { createDatabase } from '@concord/db/client';
import { startDatabaseServer } from '@concord/db/server';
import compression from 'compression';
import express from 'express';
import { limitRequestBodies } from './body-limit.ts';
import { refuseCrossSiteRequests } from './csrf.ts';
import { dataServices } from './data-services.ts';
import { ConfigError, type Env, parseEnv } from './env.ts';
import { createLogger, type Logger } from './logger.ts';
import { repoRoot } from './repo-root.ts';
import { loadKeys } from './secrets.ts';
import type { CreateApp, Services } from './services.ts';

const SHUTDOWN_BUDGET_MS = 5_000;
const webRoot = path.resolve(import.meta.dirname, '..');

async function loadApp(
  env: Env,
): Promise<{ createApp: CreateApp; assets: express.Handler; closeVite?: () => Promise<void> }> {
  if (process.argv.includes('--dev')) {
    const vite = await import('vite');
    const server = await vite.createServer({ root: webRoot, server: { middlewareMode: true } });
    return {
      createApp: async (services) => {
        const module = (await server.ssrLoadModule('./server/app.ts')) as { createApp: CreateApp };
        return module.createApp(services);
      },
      assets: server.middlewares as unknown as express.Handler,
      closeVite: () => server.close(),
    };
  }
  const buildFile = path.join(webRoot, 'build/server/index.js');
  const module = (await import(buildFile).catch(() => {
    throw new ConfigError(
      `No build at ${buildFile}: run \`pnpm --filter @concord/web build\` first.`,
    );
  })) as { createApp: CreateApp };
  const client = path.join(webRoot, 'build/client');
  const assets = express.Router();
  assets.use(
    '/assets',
    express.static(path.join(client, 'assets'), { immutable: true, maxAge: '1y' }),
  );
  assets.use(express.static(client, { maxAge: '1h' }));
  void env;
  return { createApp: module.createApp, assets };
}

function requestLogging(logger: Logger): express.Handler {
  return (req, res, next) => {
    const header = req.get('x-request-id');
    const requestId = header && /^[\w-]{8,64}$/.test(header) ? header : randomUUID();
    const started = performance.now();
    res.locals.requestId = requestId;
    res.locals.logger = logger.child({ requestId });
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      res.locals.logger.info(
        {
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request completed',
      );
    });
    next();
  };
}

/** For people trying the demo: plain text on stderr, apart from the JSON log on stdout. */
function printDemoAccounts(seed: SeedResult, port: number) {
  const lines = seed.accounts.map(
    (a) =>
      `  ${a.login.padEnd(22)} ${a.role.padEnd(16)} ${a.tenantSlug.padEnd(18)} ${a.displayName}`,
  );
  process.stderr.write(
    `\nDemo county ${seed.countySlug} on http://localhost:${port} — every account's password: ${seed.password}\n` +
      `(county administrators set up two-factor sign-in at first sign-in)\n${lines.join('\n')}\n\n`,
  );
}

async function main() {
  const env = parseEnv(process.env);
  const logger = createLogger(env.LOG_LEVEL);
  const root = repoRoot();
  const keys = await loadKeys(env, path.resolve(root, env.DATA_DIR));
  const databaseServer = await startDatabaseServer({
    databaseUrl: env.DATABASE_URL,
    databaseAppUrl: env.DATABASE_APP_URL,
    dataDir: path.resolve(root, env.DATA_DIR, 'postgres'),
  });
  logger.info({ embedded: databaseServer.embedded }, 'database ready');
  const app = createDatabase(databaseServer.appUrl);
  const owner = createDatabase(databaseServer.ownerUrl, { max: 2 });
  const services: Services = {
    db: app.db,
    ownerDb: owner.db,
    logger,
    env,
    keys,
    ...dataServices(env, keys, root),
    authConfig: createAuthConfig({ totpEncryptionKey: keys.TOTP_ENCRYPTION_KEY }),
    secureCookies: env.PUBLIC_ORIGIN?.startsWith('https:') ?? false,
  };

  const { createApp, assets, closeVite } = await loadApp(env);
  const handler = await createApp(services);
  if (env.SEED_DEMO === 'true') {
    // The caseload goes through the real use cases (PDFs included): about 40 s for 300 cases, once.
    const seed = await seedDemo(owner.db, {
      cases: { count: env.DEMO_CASES, pii: services.pii, storage: services.storage },
    });
    if (seed.seeded) logger.info({ county: seed.countySlug }, 'seeded the demo county');
    printDemoAccounts(seed, env.PORT);
  }

  const web = express();
  web.disable('x-powered-by');
  web.use(requestLogging(logger));
  web.get('/healthz', async (_req, res) => {
    try {
      await app.sql`select 1`;
      res.json({ status: 'ok', database: 'ok' });
    } catch (error) {
      res.locals.logger.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'error', database: 'unreachable' });
    }
  });
  web.use(compression());
  web.use(assets);
  web.use(refuseCrossSiteRequests());
  web.use(limitRequestBodies());
  web.use(handler);

  const server: Server = createServer(web);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(env.PORT, env.HOST, resolve);
  });
  logger.info({ url: `http://localhost:${env.PORT}` }, 'Concord is listening');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 5 s; exiting');
      process.exit(1);
    }, SHUTDOWN_BUDGET_MS);
    force.unref();
    server.close();
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 1_000).unref();
    await closeVite?.();
    await Promise.allSettled([app.close(), owner.close()]);
    await databaseServer.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // One line, no stack trace, for configuration and connection problems a person must fix.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`concord: ${message}\n`);
  process.exit(1);
});
