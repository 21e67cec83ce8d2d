// The small marks of a case: its status (a neutral badge set of its own), the risk colour (the
// only place red, yellow and blue appear), the running deadline with its due-soon / overdue flag.
import { formatDate, type Locale } from '@concord/i18n';
import {
  type CaseStatus,
  type DeadlineKind,
  type DeadlineState,
  type RiskColour,
  type StatusStage,
  statusKey,
  statusStage,
} from '../lib/cases.ts';
import { useLocale, useT } from '../lib/i18n.ts';

const stageClass: Record<StatusStage, string> = {
  waiting: 'border-slate-300 bg-slate-100 text-slate-800',
  working: 'border-brand-200 bg-brand-50 text-brand-800',
  finished: 'border-slate-200 bg-white text-slate-600',
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  const t = useT();
  return (
    <span
      data-status={status}
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${stageClass[statusStage(status)]}`}
    >
      {t(statusKey(status))}
    </span>
  );
}

const riskDotClass: Record<RiskColour, string> = {
  red: 'bg-risk-red',
  yellow: 'bg-risk-yellow',
  blue: 'bg-risk-blue',
};

/** The three-colour rating as a dot with its word (colour is never the only signal). */
export function RiskMark({
  colour,
  compact = false,
}: {
  colour: RiskColour | null;
  compact?: boolean;
}) {
  const t = useT();
  if (!colour) return <span className="text-slate-400">—</span>;
  const label = t(`case.risk.${colour}`);
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap" data-risk={colour}>
      <span
        aria-hidden="true"
        className={`inline-block size-3 shrink-0 rounded-full ring-1 ring-slate-900/10 ${riskDotClass[colour]}`}
      />
      <span className={compact ? 'sr-only' : 'text-sm'}>{label}</span>
    </span>
  );
}

/** "2026年11月25日" from a calendar day (YYYY-MM-DD), read as a China date. */
export function formatDay(locale: Locale, day: string): string {
  return formatDate(locale, new Date(`${day}T12:00:00+08:00`));
}

export function DeadlineFlag({ state }: { state: DeadlineState }) {
  const t = useT();
  if (state === 'on_track') return null;
  return state === 'overdue' ? (
    <span
      data-deadline="overdue"
      className="inline-flex items-center rounded-sm bg-slate-900 px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap text-white"
    >
      {t('case.deadline.overdue')}
    </span>
  ) : (
    <span
      data-deadline="due_soon"
      className="inline-flex items-center rounded-sm border border-slate-500 px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap text-slate-800"
    >
      {t('case.deadline.dueSoon')}
    </span>
  );
}

/** The running deadline: what is due, the day, and the flag. */
export function DeadlineCell({
  deadline,
  showKind = false,
}: {
  deadline: { kind: DeadlineKind; dueDate: string; state: DeadlineState } | null;
  showKind?: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  if (!deadline) return <span className="text-slate-400">—</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1.5 gap-y-0.5">
      {showKind ? (
        <span className="text-slate-600">{t(`case.deadline.kind.${deadline.kind}`)}</span>
      ) : null}
      <span className="whitespace-nowrap tabular-nums">{formatDay(locale, deadline.dueDate)}</span>
      <DeadlineFlag state={deadline.state} />
    </span>
  );
}
