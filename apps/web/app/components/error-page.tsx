// The error boundary's content, shared by the root and the layouts: 404 and 403 in words, any
// other failure with the request id to quote to support — never a stack trace.
import { isRouteErrorResponse, Link, useRouteError, useRouteLoaderData } from 'react-router';
import { useT } from '../lib/i18n.ts';

function requestIdOf(value: unknown): string | null {
  return typeof value === 'object' && value !== null && 'requestId' in value
    ? String((value as { requestId: unknown }).requestId)
    : null;
}

/** `standalone` when no shell is around it: then it names the product. */
export function ErrorContent({ standalone = false }: { standalone?: boolean }) {
  const error = useRouteError();
  const t = useT();
  const root = useRouteLoaderData<{ requestId?: string }>('root');
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const requestId =
    (isRouteErrorResponse(error) ? requestIdOf(error.data) : null) ?? root?.requestId ?? '—';
  const text =
    status === 404
      ? t('error.notFound')
      : status === 403
        ? t('error.forbidden')
        : t('error.unexpected', { requestId });
  return (
    <div className="mx-auto max-w-lg py-10">
      {standalone ? (
        <Link to="/" className="mb-6 inline-block text-lg font-semibold text-brand-700">
          {t('app.name')}
        </Link>
      ) : null}
      <h1 className="text-xl font-semibold">
        {status === 404 ? t('error.notFoundTitle') : t('error.title')}
      </h1>
      <p className="mt-2 text-slate-700" data-testid="error-message">
        {text}
      </p>
      <p className="mt-6">
        <Link to="/" className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
          {t('error.backHome')}
        </Link>
      </p>
    </div>
  );
}
