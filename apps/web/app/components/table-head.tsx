// The column headings of a list table. When its rows end in buttons, their column has a heading
// for screen readers only.
import type { ReactNode } from 'react';
import { useT } from '../lib/i18n.ts';
import { thClass } from './page.tsx';

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
