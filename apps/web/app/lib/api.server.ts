// Loaders and actions call the same tRPC router as the browser, in-process, with the request's
// session: one set of checks (procedure ladder, permissions, row-level security) for both.
import { type ApiContext, createCaller } from '@concord/api';
import type { AppContext } from '../context.server.ts';
import type { Auth } from './session.server.ts';

export function apiContext(request: Request, app: AppContext, auth: Auth | null): ApiContext {
  return {
    db: app.db,
    auth,
    request: { ip: app.clientIp, userAgent: request.headers.get('user-agent') },
    authConfig: app.authConfig,
    now: () => new Date(),
    pii: app.pii,
    storage: app.storage,
  };
}

export function api(request: Request, app: AppContext, auth: Auth | null) {
  return createCaller(apiContext(request, app, auth));
}
