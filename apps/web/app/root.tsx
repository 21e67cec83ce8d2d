import { translate } from '@concord/i18n';
import { Links, Meta, Outlet, Scripts, ScrollRestoration } from 'react-router';
import type { Route } from './+types/root';
import './app.css';
import { ErrorContent } from './components/error-page.tsx';
import { appContext } from './context.server.ts';
import { useLocale } from './lib/i18n.ts';
import { localeFromRequest } from './lib/locale.server.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  return {
    locale: await localeFromRequest(request),
    requestId: context.get(appContext).requestId,
  };
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
  return (
    <main className="px-4 py-6">
      <ErrorContent standalone />
    </main>
  );
}
