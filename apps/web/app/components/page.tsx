// Page furniture inside the shell: heading, sections, tables, badges, the child error boundary.
import type { ReactNode } from 'react';
import { useT } from '../lib/i18n.ts';
import { ErrorContent } from './error-page.tsx';

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      </div>
      {actions}
    </div>
  );
}

export function Section({
  title,
  id,
  children,
  actions,
}: {
  title: ReactNode;
  id?: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={id ? `${id}-title` : undefined} className="mb-8 scroll-mt-20">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={id ? `${id}-title` : undefined} className="text-lg font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function Card({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div className={`rounded-lg border border-slate-200 bg-white p-4 sm:p-5 ${className ?? ''}`}>
      {children}
    </div>
  );
}

/** A horizontally scrollable table on phones, dense on desktops. */
export function Table({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table aria-label={label} className="min-w-full divide-y divide-slate-200 text-sm">
        {children}
      </table>
    </div>
  );
}

export const thClass =
  'px-3 py-2.5 text-left text-xs font-semibold whitespace-nowrap text-slate-600 sm:px-4';
export const tdClass = 'px-3 py-2.5 align-top sm:px-4';

/**
 * The column headings of a list table. When its rows end in buttons, their column has a heading
 * for screen readers only.
 */
export function TableHead({
  columns,
  actions = false,
}: {
  columns: readonly ReactNode[];
  actions?: boolean;
}) {
  const t = useT();
  return (
    <thead className="bg-slate-50">
      <tr>
        {columns.map((column, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a table's columns do not move
          <th key={index} scope="col" className={thClass}>
            {column}
          </th>
        ))}
        {actions ? (
          <th scope="col" className={thClass}>
            <span className="sr-only">{t('settings.actions')}</span>
          </th>
        ) : null}
      </tr>
    </thead>
  );
}

export type BadgeTone = 'brand' | 'neutral' | 'muted';

const tones: Record<BadgeTone, string> = {
  brand: 'border-brand-200 bg-brand-50 text-brand-800',
  neutral: 'border-slate-300 bg-slate-100 text-slate-800',
  muted: 'border-slate-200 bg-white text-slate-600',
};

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${tones[tone]}`}
    >
      {children}
    </span>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
      {children}
    </p>
  );
}

/** Errors inside the shell keep the shell around them. */
export function ChildErrorBoundary() {
  return <ErrorContent />;
}
