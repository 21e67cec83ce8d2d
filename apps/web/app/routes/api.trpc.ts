// The tRPC endpoint for interactive widgets: the same router the loaders call in-process.
import { appRouter } from '@concord/api';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appContext } from '../context.server.ts';
import { apiContext } from '../lib/api.server.ts';
import { getAuth } from '../lib/session.server.ts';
import type { Route } from './+types/api.trpc';

async function handle({ request, context }: Route.LoaderArgs | Route.ActionArgs) {
  const app = context.get(appContext);
  const auth = await getAuth(request, app);
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    createContext: () => apiContext(request, app, auth),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        app.logger.error({ err: error, path }, 'api error');
    },
  });
}

export const loader = handle;
export const action = handle;
