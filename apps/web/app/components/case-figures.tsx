// The dashboard's caseload: open, overdue and due-soon cases and the count in each status, each
// figure a link to the list it counts.
import { formatNumber } from '@concord/i18n';
import { Link } from 'react-router';
import type { CaseFigures as Figures } from '../lib/case-figures.server.ts';
import { openCaseStatuses, statusKey } from '../lib/cases.ts';
import { useLocale, useT } from '../lib/i18n.ts';
import { StatusBadge } from './case-badges.tsx';
import { Card, Section } from './page.tsx';

function Figure({
  label,
  value,
  to,
  testId,
}: {
  label: string;
  value: string;
  to: string;
  testId: string;
}) {
  return (
    <Link
      to={to}
      className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600 hover:bg-brand-50 sm:p-5"
      data-testid={testId}
    >
      <span className="block text-sm text-slate-600">{label}</span>
      <span className="mt-1 block text-3xl font-semibold tabular-nums text-slate-900">{value}</span>
    </Link>
  );
}

export function CaseFigures({ figures, tenantSlug }: { figures: Figures; tenantSlug: string }) {
  const t = useT();
  const locale = useLocale();
  const list = `/t/${tenantSlug}/cases`;
  const shown = figures.byStatus.filter((entry) => entry.count > 0);
  return (
    <Section title={t('dashboard.cases.title')} id="caseload">
      <div className="grid gap-4 sm:grid-cols-3">
        <Figure
          label={t('dashboard.cases.open')}
          value={formatNumber(locale, figures.open)}
          to={`${list}?${openCaseStatuses.map((status) => `status=${status}`).join('&')}`}
          testId="figure-open"
        />
        <Figure
          label={t('dashboard.cases.overdue')}
          value={formatNumber(locale, figures.overdue)}
          to={`${list}?overdue=1&sort=due_asc`}
          testId="figure-overdue"
        />
        <Figure
          label={t('dashboard.cases.dueSoon')}
          value={formatNumber(locale, figures.dueSoon)}
          to={`${list}?sort=due_asc`}
          testId="figure-due-soon"
        />
      </div>
      <Card className="mt-4">
        <h3 className="text-sm font-semibold text-slate-800">
          {t('dashboard.cases.byStatus', { total: formatNumber(locale, figures.total) })}
        </h3>
        {shown.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t('dashboard.cases.none')}</p>
        ) : (
          <ul
            className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3"
            data-testid="status-counts"
          >
            {shown.map((entry) => (
              <li key={entry.status}>
                <Link
                  to={`${list}?status=${entry.status}`}
                  className="flex min-h-9 items-center justify-between gap-3 rounded-md px-2 hover:bg-slate-50"
                  aria-label={`${t(statusKey(entry.status))} ${entry.count}`}
                >
                  <StatusBadge status={entry.status} />
                  <span className="tabular-nums text-slate-900">
                    {formatNumber(locale, entry.count)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </Section>
  );
}
