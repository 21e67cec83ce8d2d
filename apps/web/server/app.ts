// The React Router request handler, built by Vite together with the routes so that the
// context key below is the same object the loaders read.
import { createRequestHandler } from '@react-router/express';
import { RouterContextProvider } from 'react-router';
import { appContext } from '../app/context.server.ts';
import type { CreateApp } from './services.ts';

export const createApp: CreateApp = async (services) =>
  createRequestHandler({
    build: () => import('virtual:react-router/server-build'),
    getLoadContext: (req, res) => {
      const context = new RouterContextProvider();
      context.set(appContext, {
        ...services,
        requestId: res.locals.requestId as string,
        logger: res.locals.logger,
        clientIp: req.ip ?? null,
      });
      return context;
    },
  });
