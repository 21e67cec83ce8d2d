// What the process hands the React Router app: shared by main.ts (unbundled) and app.ts (built).
import type { ApiContext } from '@concord/api';
import type { AuthConfig } from '@concord/auth/auth-config';
import type { Database } from '@concord/db/client';
import type express from 'express';
import type { Env } from './env.ts';
import type { Logger } from './logger.ts';
import type { Keys } from './secrets.ts';

export interface Services {
  /** Connected as the app role: every statement is under row-level security. */
  db: Database;
  /** Connected as the owner: seeding and system jobs only. */
  ownerDb: Database;
  logger: Logger;
  env: Env;
  authConfig: AuthConfig;
  keys: Keys;
  /** The PII keys of `keys` with their key id, as the API seals and indexes with them. */
  pii: ApiContext['pii'];
  /** Generated documents and uploaded attachments (ATTACHMENTS_DIR). */
  storage: ApiContext['storage'];
  /** True when cookies must be Secure (served over HTTPS). */
  secureCookies: boolean;
}

export type CreateApp = (services: Services) => Promise<express.Handler>;
