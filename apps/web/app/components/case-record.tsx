// What the case page shows of a case (read side): its facts and four fixes, the parties with
// their personal numbers masked, sessions, agreements, confirmations, follow-up visits,
// attachments and the timeline of every event.
import { formatNumber, type Locale, type MessageKey, type Translate } from '@concord/i18n';
import type { ReactNode } from 'react';
import { Form } from 'react-router';
import type { CaseActionResult } from '../lib/case-actions.server.ts';
import {
  type CaseStatus,
  eventKindLabel,
  fenToYuanText,
  isCaseStatus,
  type PartyRole,
} from '../lib/cases.ts';
import { formatDateTime } from '../lib/format.ts';
import { useLocale, useT } from '../lib/i18n.ts';
import { intakeChannelKey, isIntakeChannel } from '../lib/intake-channels.ts';
import { formatDay } from './case-badges.tsx';
import { buttonClass, FormError } from './form.tsx';
import { EmptyState } from './page.tsx';

export type { CaseDetail } from '../lib/case-types.ts';

import type { CaseDetail } from '../lib/case-types.ts';

type Party = CaseDetail['parties'][number];

export function Fact({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className="min-w-0" data-testid={testId}>
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-900">{children ?? '—'}</dd>
    </div>
  );
}

function personName(detail: CaseDetail, userId: string | null): string | null {
  return userId ? (detail.people[userId] ?? null) : null;
}

export function CaseFacts({ detail, place }: { detail: CaseDetail; place: string | null }) {
  const t = useT();
  const locale = useLocale();
  const record = detail.case;
  const referral = record.referral;
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="case-facts">
      <Fact label={t('case.field.category')}>{record.category?.name ?? '—'}</Fact>
      <Fact label={t('case.field.source')}>
        {isIntakeChannel(record.source) ? t(intakeChannelKey(record.source)) : record.source}
        {referral?.body || referral?.reference ? (
          <span className="block text-xs text-slate-600">
            {[referral.body, referral.reference].filter(Boolean).join(' · ')}
          </span>
        ) : null}
      </Fact>
      <Fact label={t('case.field.place')}>
        {place ?? ([record.tenant?.name, record.orgUnit?.name].filter(Boolean).join(' · ') || '—')}
      </Fact>
      <Fact label={t('case.field.registeredAt')}>
        {formatDateTime(locale, new Date(record.registeredAt))}
        {personName(detail, record.registeredBy) ? (
          <span className="block text-xs text-slate-600">
            {t('case.facts.registeredBy', { name: personName(detail, record.registeredBy) ?? '' })}
          </span>
        ) : null}
      </Fact>
      <Fact label={t('case.field.committee')}>{record.committee?.name ?? '—'}</Fact>
      <Fact label={t('case.field.amount')}>
        {record.amountInvolvedFen === null
          ? '—'
          : t('case.facts.yuan', { amount: formatNumber(locale, record.amountInvolvedFen / 100) })}
      </Fact>
      <Fact label={t('case.field.summary')}>
        <span className="whitespace-pre-line">{record.summary}</span>
      </Fact>
      <Fact label={t('case.field.claims')}>
        <span className="whitespace-pre-line">{record.claims ?? '—'}</span>
      </Fact>
      {record.result ? (
        <Fact label={t('case.field.result')}>
          {t(`case.result.${record.result as 'resolved'}`)}
        </Fact>
      ) : null}
      {record.divertedTo ? (
        <Fact label={t('case.field.divertedTo')}>
          {t(`case.divertTo.${record.divertedTo as 'police'}`)}
        </Fact>
      ) : null}
      {record.closedAt ? (
        <Fact label={t('case.field.closedAt')}>
          {formatDateTime(locale, new Date(record.closedAt))}
        </Fact>
      ) : null}
    </dl>
  );
}

/** 四定: lead official, department, person, deadline — with a mark for each not yet fixed. */
export function FourFixes({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const record = detail.case;
  const missing = <span className="text-slate-500">{t('case.fourFixes.notSet')}</span>;
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="four-fixes">
      <Fact label={t('case.field.leadOfficial')}>{record.leadOfficial ?? missing}</Fact>
      <Fact label={t('case.field.department')}>{record.responsibleDepartment ?? missing}</Fact>
      <Fact label={t('case.field.responsible')}>
        {personName(detail, record.responsibleUserId) ?? missing}
      </Fact>
      <Fact label={t('case.field.concludeBy')}>
        {record.concludeBy ? formatDay(locale, record.concludeBy) : missing}
      </Fact>
    </dl>
  );
}

function partyDetails(t: Translate, locale: Locale, party: Party): string[] {
  return [
    party.sex ? t(`case.party.sex.${party.sex as 'male'}`) : null,
    party.ethnicity,
    party.birthDate ? formatDay(locale, party.birthDate) : null,
    party.occupation,
    party.legalRepresentative
      ? t('case.party.legalRepresentativeIs', { name: party.legalRepresentative })
      : null,
  ].filter((part): part is string => Boolean(part));
}

export function PartyList({
  detail,
  canReveal,
  result,
}: {
  detail: CaseDetail;
  canReveal: boolean;
  result: CaseActionResult | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const names = new Map(detail.parties.map((party) => [party.id, party.name]));
  return (
    <>
      {canReveal ? <p className="mb-2 text-xs text-slate-600">{t('case.reveal.explain')}</p> : null}
      <ul
        className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
        aria-label={t('case.section.parties')}
        data-testid="party-table"
      >
        {detail.parties.map((party) => {
          const revealed =
            result?.ok && result.intent === 'reveal' && result.target === party.id
              ? result.revealed
              : undefined;
          const failed =
            result && !result.ok && result.intent === 'reveal' && result.target === party.id
              ? result
              : undefined;
          const details = partyDetails(t, locale, party);
          return (
            <li
              key={party.id}
              className="flex flex-wrap items-start gap-x-6 gap-y-2 px-4 py-3 text-sm"
            >
              <div className="min-w-40 flex-1">
                <p>
                  <span className="mr-2 text-xs font-medium text-slate-600">
                    {t(`case.partyRole.${party.role as PartyRole}`)}
                  </span>
                  <span className="font-medium">{party.name}</span>
                  {party.kind === 'organisation' ? (
                    <span className="ml-1 text-xs text-slate-600">
                      {t('case.partyKind.organisation')}
                    </span>
                  ) : null}
                </p>
                {party.representsPartyId ? (
                  <p className="text-xs text-slate-600">
                    {t('case.party.representsWho', {
                      name: names.get(party.representsPartyId) ?? '',
                    })}
                  </p>
                ) : null}
                {party.relation ? <p className="text-xs text-slate-600">{party.relation}</p> : null}
                {details.length > 0 ? (
                  <p className="text-xs text-slate-600">
                    {details.map((part, index) => (
                      <span key={part} className="whitespace-nowrap">
                        {index > 0 ? ' · ' : ''}
                        {part}
                      </span>
                    ))}
                  </p>
                ) : null}
              </div>
              <dl className="font-mono text-xs leading-5 whitespace-nowrap">
                <div className="flex gap-2">
                  <dt className="font-sans text-slate-500">{t('case.party.idNumber')}</dt>
                  <dd data-testid="party-id-number">
                    {revealed?.idNumber ?? party.idNumberMasked ?? '—'}
                  </dd>
                </div>
                <div className="flex gap-2">
                  <dt className="font-sans text-slate-500">{t('case.party.phone')}</dt>
                  <dd>{revealed?.phone ?? party.phoneMasked ?? '—'}</dd>
                </div>
              </dl>
              <p className="min-w-40 flex-1 text-slate-700">{party.address ?? '—'}</p>
              {canReveal ? (
                <div className="shrink-0">
                  {revealed ? (
                    <span className="text-xs text-slate-600">{t('case.reveal.recorded')}</span>
                  ) : party.idNumberMasked || party.phoneMasked ? (
                    <Form method="post" preventScrollReset>
                      <input type="hidden" name="intent" value="reveal" />
                      <input type="hidden" name="partyId" value={party.id} />
                      <button
                        type="submit"
                        className={buttonClass.small}
                        aria-label={t('case.reveal.label', { name: party.name })}
                      >
                        {t('case.reveal.action')}
                      </button>
                    </Form>
                  ) : null}
                  {failed ? <FormError error={failed.formError} /> : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function AttachmentList({ detail, tenantSlug }: { detail: CaseDetail; tenantSlug: string }) {
  const t = useT();
  const locale = useLocale();
  if (detail.attachments.length === 0)
    return <EmptyState>{t('case.attachments.empty')}</EmptyState>;
  return (
    <ul
      className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
      data-testid="attachment-list"
    >
      {detail.attachments.map((file) => (
        <li
          key={file.id}
          className="flex flex-wrap items-center justify-between gap-2 px-4 py-2.5 text-sm"
        >
          <a
            href={`/t/${tenantSlug}/cases/${detail.case.id}/attachments/${file.id}`}
            className="font-medium break-all text-brand-700 underline underline-offset-2"
            download
          >
            {file.fileName}
          </a>
          <span className="text-xs text-slate-600">
            {t('case.attachments.meta', {
              size: formatNumber(locale, Math.max(1, Math.round(file.sizeBytes / 1024))),
              date: formatDateTime(locale, new Date(file.createdAt)),
              by: detail.people[file.uploadedBy] ?? '',
            })}
            {file.scanStatus === 'not_scanned' ? ` · ${t('case.attachments.notScanned')}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

function statusLabel(t: Translate, status: string | null): string | null {
  return status && isCaseStatus(status) ? t(`case.status.${status as CaseStatus}`) : status;
}

/** What a follow-up visit found (performance only where there was an agreement), or why not. */
export function followUpOutcome(
  t: Translate,
  visit: {
    notCarriedOutReason: string | null;
    performed: string | null;
    satisfaction: string | null;
  },
): string {
  if (visit.notCarriedOutReason)
    return t(`case.followUp.notCarriedOutReason.${visit.notCarriedOutReason as 'other'}`);
  return [
    visit.performed ? t(`case.followUp.performed.${visit.performed as 'yes'}`) : null,
    visit.satisfaction
      ? t(`case.followUp.satisfaction.${visit.satisfaction as 'satisfied'}`)
      : null,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

/** The facts of a timeline entry worth a line: the session time, the ruling number, a note … */
function eventDetail(t: Translate, locale: Locale, detail: Record<string, unknown>): string[] {
  const lines: string[] = [];
  const text = (name: string) =>
    typeof detail[name] === 'string' ? (detail[name] as string) : null;
  if (text('caseNumber')) lines.push(text('caseNumber') ?? '');
  if (text('startsAt')) lines.push(formatDateTime(locale, new Date(text('startsAt') ?? '')));
  if (text('location')) lines.push(text('location') ?? '');
  if (text('outcome')) {
    const outcome = text('outcome') as 'agreement';
    lines.push(t('case.timeline.outcome', { outcome: t(`case.outcome.${outcome}`) }));
  }
  if (text('number')) lines.push(text('number') ?? '');
  if (text('courtName')) lines.push(text('courtName') ?? '');
  if (text('rulingNumber'))
    lines.push(t('case.timeline.ruling', { number: text('rulingNumber') ?? '' }));
  if (text('fileName')) lines.push(text('fileName') ?? '');
  if (text('note')) lines.push(text('note') ?? '');
  if (text('visitedOn'))
    lines.push(
      followUpOutcome(t, {
        notCarriedOutReason: text('notCarriedOutReason'),
        performed: text('performed'),
        satisfaction: text('satisfaction'),
      }),
    );
  const changes = detail.changes;
  if (typeof changes === 'object' && changes !== null && 'tierLevel' in changes) {
    const to = (changes as { tierLevel: { to: unknown } }).tierLevel.to;
    if (to === 1 || to === 2 || to === 3)
      lines.push(t('case.timeline.toTier', { tier: t(`case.tier.${to}`) }));
  }
  if (Array.isArray(detail.fields) && detail.fields.length > 0)
    lines.push(
      detail.fields
        .map((field) => (field === 'phone' ? t('case.party.phone') : t('case.party.idNumber')))
        .join('、'),
    );
  return lines;
}

type TimelineEvent = CaseDetail['timeline'][number];
type Change = { from: unknown; to: unknown };

/** The four fixes in the order the case page lists them, with their labels. */
const fourFixes = [
  ['leadOfficial', 'case.field.leadOfficial'],
  ['responsibleDepartment', 'case.field.department'],
  ['responsibleUserId', 'case.field.responsible'],
  ['concludeBy', 'case.field.concludeBy'],
] as const satisfies readonly (readonly [string, MessageKey])[];
type FixField = (typeof fourFixes)[number][0];

function fixValue(
  t: Translate,
  locale: Locale,
  event: TimelineEvent,
  field: FixField,
  value: unknown,
) {
  if (typeof value !== 'string' || value === '') return t('case.fourFixes.notSet');
  if (field === 'responsibleUserId') return event.people[value] ?? '—';
  return field === 'concludeBy' ? formatDay(locale, value) : value;
}

/** "before → after" for each of the four fixes an entry changed, so reassignments keep history. */
function fixChanges(t: Translate, locale: Locale, event: TimelineEvent): string[] {
  const changes = (event.detail as { changes?: Record<string, Change> }).changes ?? {};
  return fourFixes.flatMap(([field, label]) => {
    const change = changes[field];
    if (!change) return [];
    return [
      t('case.timeline.change', {
        field: t(label),
        from: fixValue(t, locale, event, field, change.from),
        to: fixValue(t, locale, event, field, change.to),
      }),
    ];
  });
}

export function Timeline({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  if (detail.timeline.length === 0) return <EmptyState>{t('case.timeline.empty')}</EmptyState>;
  return (
    <ol className="relative space-y-0 border-l border-slate-200 pl-5" data-testid="case-timeline">
      {detail.timeline.map((event) => {
        const lines = eventDetail(t, locale, event.detail as Record<string, unknown>);
        const fixes = fixChanges(t, locale, event);
        const from = statusLabel(t, event.fromStatus);
        const to = statusLabel(t, event.toStatus);
        return (
          <li key={event.seq} className="relative pb-4" data-kind={event.kind}>
            <span
              aria-hidden="true"
              className="absolute top-1.5 -left-[1.6rem] size-2.5 rounded-full border-2 border-white bg-brand-700 ring-1 ring-brand-200"
            />
            <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
              <span className="font-medium text-slate-900">{eventKindLabel(t, event.kind)}</span>
              {to && from !== to ? (
                <span className="text-xs text-slate-600">
                  {from ? `${from} → ` : ''}
                  {to}
                </span>
              ) : null}
            </div>
            <p className="text-xs text-slate-600">
              <time dateTime={new Date(event.at).toISOString()}>
                {formatDateTime(locale, new Date(event.at))}
              </time>
              {' · '}
              {event.actorName ?? t('case.timeline.system')}
            </p>
            {event.reason ? (
              <p className="mt-1 text-sm text-slate-800">
                <span className="text-slate-500">{t('case.timeline.reason')}</span> {event.reason}
              </p>
            ) : null}
            {lines.length > 0 ? (
              <p className="mt-0.5 text-sm text-slate-700">{lines.join(' · ')}</p>
            ) : null}
            {fixes.length > 0 ? (
              <ul className="mt-0.5 text-sm text-slate-700" data-testid="timeline-fix-changes">
                {fixes.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

export function SessionSummary({
  session,
  detail,
}: {
  session: CaseDetail['sessions'][number];
  detail: CaseDetail;
}) {
  const t = useT();
  const locale = useLocale();
  const start = new Date(session.startsAt);
  const end = new Date(session.endsAt);
  const place =
    session.place === 'room'
      ? (session.roomName ?? t('case.session.place.room'))
      : `${t(`case.session.place.${session.place}`)}${session.location ? ` · ${session.location}` : ''}`;
  return (
    <div>
      <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
        <span>
          {formatDateTime(locale, start)}–{formatDateTime(locale, end).slice(-5)}
        </span>
        <span className="rounded-full border border-slate-300 px-2 py-0.5 text-xs font-normal text-slate-700">
          {t(`case.session.status.${session.status as 'held'}`)}
        </span>
      </p>
      <p className="text-sm text-slate-700">{place}</p>
      <p className="text-xs text-slate-600">
        {t('case.session.mediators')}:{' '}
        {session.mediatorUserIds.map((id) => detail.people[id] ?? '—').join('、')}
      </p>
      {session.outcome ? (
        <p className="text-sm text-slate-800">
          {t('case.session.outcome')}: {t(`case.outcome.${session.outcome}`)}
        </p>
      ) : null}
      {session.notes ? (
        <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{session.notes}</p>
      ) : null}
    </div>
  );
}

export function AgreementSummary({
  agreement,
  tenantSlug,
  caseId,
}: {
  agreement: CaseDetail['agreements'][number];
  tenantSlug: string;
  caseId: string;
}) {
  const t = useT();
  const locale = useLocale();
  const terms = agreement.terms as { text: string; amountFen?: number; dueDate?: string }[];
  const base = `/t/${tenantSlug}/cases/${caseId}/agreements/${agreement.id}/pdf`;
  return (
    <div className="space-y-2 text-sm" data-testid="agreement">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{agreement.number}</span>
        <span className="text-slate-600">
          {t(`case.agreement.kind.${agreement.kind as 'written'}`)} ·{' '}
          {t('case.agreement.signedOnIs', { date: formatDay(locale, agreement.signedOn) })}
        </span>
        {agreement.supersededAt ? (
          <span className="rounded-full border border-slate-300 px-2 py-0.5 text-xs text-slate-600">
            {t('case.agreement.superseded')}
          </span>
        ) : null}
      </p>
      <ol className="list-decimal space-y-0.5 pl-5">
        {terms.map((term, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: terms are numbered by position
          <li key={index}>
            {term.text}
            {term.amountFen !== undefined ? (
              <span className="text-slate-600">
                {' '}
                · {t('case.facts.yuan', { amount: fenToYuanText(term.amountFen) })}
              </span>
            ) : null}
            {term.dueDate ? (
              <span className="text-slate-600"> · {formatDay(locale, term.dueDate)}</span>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="text-slate-700">
        {t('case.agreement.performance')}: {agreement.performanceManner}
        {agreement.performanceDeadline
          ? ` · ${t('case.agreement.deadlineIs', { date: formatDay(locale, agreement.performanceDeadline) })}`
          : ''}
      </p>
      {agreement.hasDocument ? (
        <p className="flex flex-wrap gap-2">
          <a href={base} target="_blank" rel="noopener" className={buttonClass.small}>
            {t('case.agreement.print')}
          </a>
          <a
            href={`${base}?download=1`}
            className={buttonClass.small}
            data-testid="agreement-pdf"
            download
          >
            {t('case.agreement.download')}
          </a>
        </p>
      ) : null}
    </div>
  );
}
