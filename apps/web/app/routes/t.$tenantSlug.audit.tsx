// The tenant's audit log, newest first; "older" pages by sequence number in the query string.
import type { Locale, Translate } from '@concord/i18n';
import { Link } from 'react-router';
import {
  ChildErrorBoundary,
  EmptyState,
  PageHeader,
  Table,
  tdClass,
  thClass,
} from '../components/page.tsx';
import { formatDateTime } from '../lib/format.ts';
import { useLocale, useT } from '../lib/i18n.ts';
import { isMessageKey } from '../lib/messages.ts';
import { isRole, roleKey } from '../lib/roles.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import type { Route } from './+types/t.$tenantSlug.audit';

const PAGE_SIZE = 50;

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const raw = new URL(args.request.url).searchParams.get('beforeSeq');
  const beforeSeq = raw && /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : undefined;
  const entries = await guard(
    caller.audit.list({
      tenantSlug,
      limit: PAGE_SIZE,
      ...(beforeSeq ? { beforeSeq } : {}),
    }),
  );
  const last = entries.at(-1);
  return {
    entries,
    olderThan: entries.length === PAGE_SIZE && last ? last.seq : null,
    paged: beforeSeq !== undefined,
  };
}

function actionLabel(t: Translate, action: string): string {
  const key = `audit.action.${action}`;
  return isMessageKey(key) ? t(key) : action;
}

function detailLabel(t: Translate, name: string): string {
  const key = `audit.detail.${name}`;
  return isMessageKey(key) ? t(key) : name;
}

function targetLabel(t: Translate, type: string | null): string {
  if (!type) return '';
  const key = `audit.target.${type}`;
  return isMessageKey(key) ? t(key) : type;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function detailValue(t: Translate, locale: Locale, name: string, value: unknown): string {
  if (name === 'role' && isRole(value)) return t(roleKey(value));
  if (typeof value === 'string' && ISO_TIME.test(value))
    return formatDateTime(locale, new Date(value));
  if (typeof value === 'string' && ID.test(value)) return `…${value.slice(-8)}`;
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

export default function Audit({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      {loaderData.entries.length === 0 ? (
        <EmptyState>{t('audit.empty')}</EmptyState>
      ) : (
        <Table label={t('audit.title')}>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={thClass}>
                {t('audit.time')}
              </th>
              <th scope="col" className={thClass}>
                {t('audit.actor')}
              </th>
              <th scope="col" className={thClass}>
                {t('audit.action')}
              </th>
              <th scope="col" className={thClass}>
                {t('audit.target')}
              </th>
              <th scope="col" className={thClass}>
                {t('audit.details')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="audit-table">
            {loaderData.entries.map((entry) => (
              <tr key={entry.seq}>
                <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
                  {formatDateTime(locale, entry.at)}
                </td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  {entry.actor ?? t('audit.system')}
                </td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  <span title={entry.action}>{actionLabel(t, entry.action)}</span>
                </td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  {entry.targetType ? (
                    <span title={entry.targetId ?? undefined}>
                      {targetLabel(t, entry.targetType)}{' '}
                      <span className="font-mono text-xs text-slate-500">
                        {entry.targetId ? `…${entry.targetId.slice(-8)}` : null}
                      </span>
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
                <td className={tdClass}>
                  <dl className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs">
                    {Object.entries(entry.detail).map(([name, value]) => (
                      <div key={name} className="flex gap-1">
                        <dt className="text-slate-500">{detailLabel(t, name)}</dt>
                        <dd className="break-all text-slate-800">
                          {detailValue(t, locale, name, value)}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <nav aria-label={t('audit.pagination')} className="mt-4 flex flex-wrap gap-3">
        {loaderData.paged ? (
          <Link
            to="."
            className="text-sm text-brand-700 underline underline-offset-2 hover:text-brand-800"
          >
            {t('audit.newest')}
          </Link>
        ) : null}
        {loaderData.olderThan !== null ? (
          <Link
            to={`?beforeSeq=${loaderData.olderThan}`}
            className="text-sm text-brand-700 underline underline-offset-2 hover:text-brand-800"
            data-testid="audit-older"
          >
            {t('audit.older')}
          </Link>
        ) : null}
      </nav>
    </>
  );
}

export const ErrorBoundary = ChildErrorBoundary;
