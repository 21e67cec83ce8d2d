// Importing villages and resident units from CSV or XLSX. Without JavaScript the form posts the
// file to this page; with it, the file goes up by XMLHttpRequest so the page can show how much
// is uploaded, then that the server is checking and writing, then the outcome. Nothing is
// written unless every row is right; the errors are listed by line and column.
import { formatNumber } from '@concord/i18n';
import { type FormEvent, useRef, useState } from 'react';
import { data, Link, useRevalidator } from 'react-router';
import { buttonClass, FormError, Notice } from '../components/form.tsx';
import {
  Card,
  ChildErrorBoundary,
  PageHeader,
  Section,
  Table,
  tdClass,
  thClass,
} from '../components/page.tsx';
import { useLocale, useT } from '../lib/i18n.ts';
import { localeFromRequest } from '../lib/locale.server.ts';
import { isMessageKey, message } from '../lib/messages.ts';
import {
  type ImportError,
  type ImportOutcome,
  importOrgUnitFile,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  oversizedUpload,
} from '../lib/org-unit-import.server.ts';
import { loadTiers } from '../lib/settings.server.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import { useTenantData } from '../lib/tenant-data.ts';
import { tierName } from '../lib/tiers.ts';
import type { Route } from './+types/t.$tenantSlug.units.import';

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const current = await guard(caller.tenant.current({ tenantSlug }));
  // Units belong to towns; a county imports through each town.
  if (current.tenant.kind !== 'town') throw data(null, { status: 404 });
  if (!current.permissions.includes('town:manage')) throw data(null, { status: 403 });
  const [tiers, tree] = await Promise.all([
    loadTiers(caller, guard, tenantSlug),
    guard(caller.orgUnit.tree({ tenantSlug })),
  ]);
  const root = tree.units.find((unit) => unit.tierLevel === 2);
  return {
    tiers,
    countsByTier: tree.countsByTier,
    townCode: root?.divisionCode ?? null,
    maxMegabytes: MAX_IMPORT_BYTES / 1024 / 1024,
    maxRows: MAX_IMPORT_ROWS,
  };
}

export async function action(args: Route.ActionArgs) {
  const { app, caller, tenantSlug } = await tenantRoute(args);
  const tooLarge = oversizedUpload(args.request);
  if (tooLarge) return data(tooLarge.outcome, { status: tooLarge.status });
  const form = await args.request.formData();
  const { outcome, status } = await importOrgUnitFile(app, caller, {
    tenantSlug,
    file: form.get('file'),
    locale: await localeFromRequest(args.request),
  });
  return data(outcome, { status });
}

type Progress =
  | { state: 'idle' }
  | { state: 'uploading'; loaded: number; total: number }
  | { state: 'processing' }
  | { state: 'done' };

function ErrorTable({ errors, count }: { errors: ImportError[]; count: number }) {
  const t = useT();
  const reason = (error: ImportError) => {
    const key = `units.import.error.${error.code}`;
    return isMessageKey(key) ? t(key, { value: error.value ?? '' }) : error.code;
  };
  return (
    <div className="mt-4">
      {count > errors.length ? (
        <p className="mb-2 text-sm text-slate-700">
          {t('units.import.errorsShown', { shown: errors.length, count })}
        </p>
      ) : null}
      <Table label={t('units.import.errorsTitle')}>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={thClass}>
              {t('units.import.line')}
            </th>
            <th scope="col" className={thClass}>
              {t('units.import.column')}
            </th>
            <th scope="col" className={thClass}>
              {t('units.import.reason')}
            </th>
            <th scope="col" className={thClass}>
              {t('units.import.value')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100" data-testid="import-errors">
          {errors.map((error) => (
            <tr key={`${error.line}-${error.column}-${error.code}-${error.value ?? ''}`}>
              <td className={`${tdClass} tabular-nums`}>
                {error.line === 0 ? t('units.import.wholeFile') : error.line}
              </td>
              <td className={`${tdClass} whitespace-nowrap`}>{error.column || '—'}</td>
              <td className={tdClass}>{reason(error)}</td>
              <td className={`${tdClass} font-mono text-xs break-all`}>{error.value ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

function Outcome({ outcome }: { outcome: ImportOutcome }) {
  const t = useT();
  const locale = useLocale();
  if (outcome.status === 'failed') return <FormError error={outcome.formError} />;
  if (outcome.status === 'refused')
    return (
      <div data-testid="import-refused">
        <p
          role="alert"
          className="rounded-md border border-danger-200 bg-danger-50 px-3 py-2 text-sm text-danger-700"
        >
          {t('units.import.refused', {
            file: outcome.fileName,
            count: formatNumber(locale, outcome.errorCount),
          })}
        </p>
        <ErrorTable errors={outcome.errors} count={outcome.errorCount} />
      </div>
    );
  return (
    <div data-testid="import-result">
      <Notice>
        {t('units.import.done', {
          file: outcome.fileName,
          rows: formatNumber(locale, outcome.rows),
        })}
      </Notice>
      <dl className="mt-4 grid grid-cols-3 gap-3 text-center sm:max-w-md">
        {(['created', 'updated', 'unchanged'] as const).map((kind) => (
          <div key={kind} className="rounded-lg border border-slate-200 bg-white px-3 py-3">
            <dt className="text-xs text-slate-600">{t(`units.import.${kind}`)}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={`import-${kind}`}>
              {formatNumber(locale, outcome[kind])}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function ProgressBar({ progress }: { progress: Progress }) {
  const t = useT();
  if (progress.state === 'idle' || progress.state === 'done') return null;
  const percent =
    progress.state === 'uploading' && progress.total > 0
      ? Math.round((progress.loaded / progress.total) * 100)
      : null;
  const label =
    progress.state === 'uploading'
      ? t('units.import.uploading', { percent: percent ?? 0 })
      : t('units.import.processing');
  return (
    <div className="mt-4" data-testid="import-progress" data-state={progress.state}>
      <p className="mb-1.5 text-sm text-slate-700" aria-live="polite">
        {label}
      </p>
      <div
        role="progressbar"
        aria-label={t('units.import.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={label}
        className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
      >
        {progress.state === 'uploading' ? (
          <div
            className="h-full rounded-full bg-brand-700 transition-[width] duration-200"
            style={{ width: `${percent ?? 0}%` }}
          />
        ) : (
          <div className="h-full w-full animate-pulse rounded-full bg-brand-600/70" />
        )}
      </div>
    </div>
  );
}

function isOutcome(value: unknown): value is ImportOutcome {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['imported', 'refused', 'failed'].includes((value as { status?: string }).status ?? '')
  );
}

export default function ImportUnits({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { tenant } = useTenantData();
  const revalidator = useRevalidator();
  const { tiers, countsByTier } = loaderData;
  const base = `/t/${tenant.slug}/units`;
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const [clientOutcome, setClientOutcome] = useState<ImportOutcome | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const outcome = clientOutcome ?? (isOutcome(actionData) ? actionData : null);
  const busy = progress.state === 'uploading' || progress.state === 'processing';

  // With JavaScript: the same post, by XMLHttpRequest, to watch the upload.
  const upload = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = inputRef.current?.files?.[0];
    if (!file) {
      setClientOutcome({ status: 'failed', formError: message('units.import.noFile') });
      return;
    }
    if (file.size > loaderData.maxMegabytes * 1024 * 1024) {
      setClientOutcome({
        status: 'failed',
        formError: message('units.import.tooLarge', { megabytes: loaderData.maxMegabytes }),
      });
      return;
    }
    const body = new FormData(event.currentTarget);
    const request = new XMLHttpRequest();
    request.open('POST', `${base}/import/upload`);
    request.responseType = 'json';
    request.upload.onprogress = (progressEvent) =>
      setProgress({
        state: 'uploading',
        loaded: progressEvent.loaded,
        total: progressEvent.lengthComputable ? progressEvent.total : file.size,
      });
    request.upload.onload = () => setProgress({ state: 'processing' });
    request.onload = () => {
      setProgress({ state: 'done' });
      const answer: unknown = request.response;
      setClientOutcome(
        isOutcome(answer)
          ? answer
          : { status: 'failed', formError: message('units.import.unexpected') },
      );
      if (isOutcome(answer) && answer.status === 'imported') void revalidator.revalidate();
    };
    request.onerror = () => {
      setProgress({ state: 'done' });
      setClientOutcome({ status: 'failed', formError: message('units.import.networkError') });
    };
    setClientOutcome(null);
    setProgress({ state: 'uploading', loaded: 0, total: file.size });
    request.send(body);
  };

  const levels = Array.from({ length: tiers.depth - 2 }, (_, index) => index + 3);
  return (
    <>
      <PageHeader
        title={t('units.import.title')}
        description={t('units.import.intro', { town: tenant.name })}
        actions={
          <Link to={base} className={buttonClass.secondary}>
            {t('units.import.back')}
          </Link>
        }
      />
      <p className="mb-6 text-sm text-slate-700" data-testid="tier-counts">
        {t('units.import.now')}{' '}
        {levels
          .map((level) =>
            t('units.tierCount', {
              tier: tierName(tiers, level, t),
              count: formatNumber(locale, countsByTier[level] ?? 0),
            }),
          )
          .join(' · ')}
      </p>

      <Section title={t('units.import.step1')} id="template">
        <Card>
          <p className="text-sm text-slate-700">{t('units.import.templateIntro')}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <a href={`${base}/template?locale=zh-CN`} className={buttonClass.secondary} download>
              {t('units.import.templateZh')}
            </a>
            <a href={`${base}/template?locale=en`} className={buttonClass.secondary} download>
              {t('units.import.templateEn')}
            </a>
            <a href={`${base}/export?locale=${locale}`} className={buttonClass.secondary} download>
              {t('units.import.exportCurrent')}
            </a>
          </div>
          <ul
            className="mt-4 list-disc space-y-1 pl-5 text-sm text-slate-700"
            data-testid="import-rules"
          >
            <li>{t('units.import.ruleColumns')}</li>
            {levels.map((level) => (
              <li key={level}>
                {t(level === 3 ? 'units.import.ruleTier3' : 'units.import.ruleTier4', {
                  level,
                  tier: tierName(tiers, level, t),
                  parent: tierName(tiers, level - 1, t),
                  code: loaderData.townCode ?? '…',
                })}
              </li>
            ))}
            <li>{t('units.import.ruleBlank')}</li>
            <li>
              {t('units.import.ruleLimits', {
                megabytes: loaderData.maxMegabytes,
                rows: formatNumber(locale, loaderData.maxRows),
              })}
            </li>
          </ul>
        </Card>
      </Section>

      <Section title={t('units.import.step2')} id="upload">
        <Card>
          <form
            method="post"
            encType="multipart/form-data"
            action={`${base}/import`}
            onSubmit={upload}
            className="flex flex-col gap-3 sm:flex-row sm:items-end"
          >
            <div className="min-w-0 flex-1">
              <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
                {t('units.import.file')}
              </label>
              <input
                ref={inputRef}
                id="import-file"
                type="file"
                name="file"
                required
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                className="mt-1 block w-full rounded-md border border-slate-300 bg-white text-sm file:mr-3 file:min-h-10 file:border-0 file:border-r file:border-slate-300 file:bg-slate-100 file:px-4 file:text-sm file:font-medium hover:file:bg-slate-200"
                onChange={() => {
                  setClientOutcome(null);
                  setProgress({ state: 'idle' });
                }}
              />
              <p className="mt-1 text-xs text-slate-600">{t('units.import.fileHint')}</p>
            </div>
            <button type="submit" className={buttonClass.primary} disabled={busy}>
              {t('units.import.submit')}
            </button>
          </form>
          <ProgressBar progress={progress} />
          {outcome && !busy ? (
            <div className="mt-5" aria-live="polite">
              <Outcome outcome={outcome} />
              {outcome.status === 'imported' ? (
                <Link to={base} className={`${buttonClass.secondary} mt-4`}>
                  {t('units.import.viewTree')}
                </Link>
              ) : null}
            </div>
          ) : null}
        </Card>
      </Section>
    </>
  );
}

export const ErrorBoundary = ChildErrorBoundary;
