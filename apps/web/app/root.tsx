import { translate } from '@concord/i18n';
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
} from 'react-router';
import type { Route } from './+types/root';
import './app.css';
import { useLocale } from './lib/i18n.ts';
import { localeFromRequest } from './lib/locale.server.ts';

export async function loader({ request }: Route.LoaderArgs) {
  return { locale: await localeFromRequest(request) };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const locale = useLocale();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{translate(locale, 'app.name')}</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <Links />
      </head>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const locale = useLocale();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main className="mx-auto max-w-lg p-8">
      <h1 className="text-xl font-semibold">{translate(locale, 'error.title')}</h1>
      <p className="mt-2 text-slate-700">
        {notFound
          ? translate(locale, 'error.notFound')
          : translate(locale, 'error.unexpected', { requestId: '' })}
      </p>
    </main>
  );
}
