// The head and foot of every settings page: which version is in force (and whose it is), and the
// versions before it with who saved them, when, and what each one changed.
import type { ReactNode } from 'react';
import { formatDateTime } from '../lib/format.ts';
import { useLocale, useT } from '../lib/i18n.ts';
import type { ValueChange } from '../lib/setting-diff.ts';
import { Badge, EmptyState, Section, Table, TableHead, tdClass } from './page.tsx';

export interface VersionInfo {
  setting: { version: number; source: 'county' | 'town' | 'default'; overridable: boolean };
  inForce: { changedAt: Date; changedBy: string | null } | null;
  kind: 'county' | 'town';
}

export function VersionInForce({ setting, inForce, kind }: VersionInfo) {
  const t = useT();
  const locale = useLocale();
  let text: string;
  if (setting.source === 'default') text = t('settings.version.default');
  else if (kind === 'town' && setting.source === 'county')
    text = t('settings.version.fromCounty', { version: setting.version });
  else if (inForce)
    text = t('settings.version.own', {
      version: setting.version,
      date: formatDateTime(locale, inForce.changedAt),
      name: inForce.changedBy ?? t('audit.system'),
    });
  else text = t('settings.version.number', { version: setting.version });
  return (
    <div
      className="mb-5 flex flex-wrap items-center gap-2 text-sm text-slate-700"
      data-testid="version-in-force"
    >
      <Badge tone="brand">{t('settings.version.badge', { version: setting.version })}</Badge>
      <span>{text}</span>
      {kind === 'town' ? (
        <span className="text-slate-600">
          {setting.overridable ? t('settings.townMayOverride') : t('settings.countyOnlyKey')}
        </span>
      ) : null}
    </div>
  );
}

export interface HistoryRow {
  version: number;
  changedAt: Date;
  changedBy: string | null;
  changes: ValueChange[] | null;
}

export function SettingHistory({
  entries,
  describeChange,
  title,
  id = 'history',
}: {
  entries: HistoryRow[];
  describeChange: (change: ValueChange) => ReactNode;
  title?: string;
  id?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const heading = title ?? t('settings.history.title');
  return (
    <Section title={heading} id={id}>
      {entries.length === 0 ? (
        <EmptyState>{t('settings.history.empty')}</EmptyState>
      ) : (
        <Table label={heading}>
          <TableHead
            columns={[
              t('settings.history.version'),
              t('settings.history.when'),
              t('settings.history.who'),
              t('settings.history.what'),
            ]}
          />
          <tbody className="divide-y divide-slate-100" data-testid="setting-history">
            {entries.map((entry) => (
              <tr key={entry.version}>
                <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
                  {t('settings.version.badge', { version: entry.version })}
                </td>
                <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
                  {formatDateTime(locale, entry.changedAt)}
                </td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  {entry.changedBy ?? t('audit.system')}
                </td>
                <td className={tdClass}>
                  {entry.changes === null ? (
                    <span className="text-slate-600">
                      {entry.version === 1 ? t('settings.history.initial') : '—'}
                    </span>
                  ) : entry.changes.length === 0 ? (
                    <span className="text-slate-600">{t('settings.history.unchanged')}</span>
                  ) : (
                    <ul className="space-y-0.5">
                      {entry.changes.map((change) => (
                        <li key={change.path.join('.')}>{describeChange(change)}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Section>
  );
}

/** "Label: A → B". */
export function FromTo({ label, from, to }: { label: ReactNode; from: ReactNode; to: ReactNode }) {
  const locale = useLocale();
  return (
    <span>
      <span className="font-medium">{label}</span>
      {locale === 'zh-CN' ? '：' : ': '}
      <span className="text-slate-600">{from}</span> → <span>{to}</span>
    </span>
  );
}

export interface ChangeLogEntry {
  seq: number;
  at: Date;
  actor: string | null;
}

/** Changes read from the audit log (categories, committees, holidays). */
export function ChangeLog<Entry extends ChangeLogEntry>({
  entries,
  describeEntry,
  title,
}: {
  entries: Entry[] | null;
  describeEntry: (entry: Entry) => ReactNode;
  title?: string;
}) {
  const t = useT();
  const locale = useLocale();
  if (entries === null) return null;
  const heading = title ?? t('settings.history.title');
  return (
    <Section title={heading} id="history">
      {entries.length === 0 ? (
        <EmptyState>{t('settings.history.none')}</EmptyState>
      ) : (
        <Table label={heading}>
          <TableHead
            columns={[
              t('settings.history.when'),
              t('settings.history.who'),
              t('settings.history.what'),
            ]}
          />
          <tbody className="divide-y divide-slate-100" data-testid="change-log">
            {entries.map((entry) => (
              <tr key={entry.seq}>
                <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
                  {formatDateTime(locale, entry.at)}
                </td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  {entry.actor ?? t('audit.system')}
                </td>
                <td className={tdClass}>{describeEntry(entry)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Section>
  );
}
