// One case (案件): where it stands (status, tier, risk, running deadline, four fixes), who the
// parties are (personal numbers masked, revealed one party at a time and recorded), its sessions,
// agreement, confirmation, follow-up visits and files, the timeline of every event, and the
// forms for the steps the state machine and the person's roles allow now.
import { formatDate } from '@concord/i18n';
import { data, Link, useSearchParams } from 'react-router';
import { AgreementForm } from '../components/case-actions/agreement-form.tsx';
import { AssignForm } from '../components/case-actions/assign-form.tsx';
import { ActionCard, type CaseFormContext } from '../components/case-actions/case-form.tsx';
import {
  CloseForm,
  FollowUpForm,
  ReopenForm,
  SuperviseForm,
} from '../components/case-actions/closure-forms.tsx';
import {
  ConfirmationOutcomeForm,
  FileConfirmationForm,
} from '../components/case-actions/confirmation-forms.tsx';
import {
  CancelSessionForm,
  RecordSessionForm,
  ScheduleForm,
} from '../components/case-actions/session-forms.tsx';
import {
  AcceptForm,
  DivertForm,
  EscalateForm,
  RouteForm,
} from '../components/case-actions/triage-forms.tsx';
import { UploadForm } from '../components/case-actions/upload-form.tsx';
import { DeadlineCell, formatDay, RiskMark, StatusBadge } from '../components/case-badges.tsx';
import {
  AgreementSummary,
  AttachmentList,
  type CaseDetail,
  CaseFacts,
  Fact,
  FourFixes,
  followUpOutcome,
  PartyList,
  SessionSummary,
  Timeline,
} from '../components/case-record.tsx';
import { FormError, Notice } from '../components/form.tsx';
import { Card, ChildErrorBoundary, EmptyState, PageHeader, Section } from '../components/page.tsx';
import { type CaseActionResult, caseAction } from '../lib/case-actions.server.ts';
import type { CaseAction, DeadlineKind } from '../lib/cases.ts';
import { useLocale, useT } from '../lib/i18n.ts';
import { message } from '../lib/messages.ts';
import { tenantRoute } from '../lib/tenant.server.ts';
import { allows, useTenantData } from '../lib/tenant-data.ts';
import type { Route } from './+types/t.$tenantSlug.cases.$caseId';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const handlerRoles = new Set(['county_admin', 'town_admin', 'intake_officer', 'mediator']);

/** Today in China (the API's calendar), for the forms' date defaults. */
function chinaToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export async function loader(args: Route.LoaderArgs) {
  const { caller, guard, tenantSlug } = await tenantRoute(args);
  const { caseId } = args.params;
  if (!UUID.test(caseId)) throw data(null, { status: 404 });
  const current = await guard(caller.tenant.current({ tenantSlug }));
  const detail = await guard(caller.case.get({ tenantSlug, caseId }));
  const works =
    current.permissions.includes('case:update') || current.permissions.includes('case:assign');
  const [tree, members, rooms, committees, categories] = await Promise.all([
    guard(caller.orgUnit.tree({ tenantSlug })),
    works ? guard(caller.member.list({ tenantSlug })) : [],
    works ? guard(caller.centre.listRooms({ tenantSlug })) : [],
    works ? guard(caller.committee.list({ tenantSlug })) : [],
    works ? guard(caller.category.list({ tenantSlug })) : [],
  ]);
  const handlers = new Map<string, string>();
  for (const member of members)
    if (handlerRoles.has(member.role)) handlers.set(member.userId, member.displayName);
  const category = categories.find((row) => row.id === detail.case.categoryId);
  // The village above a resident unit: "柳湾村 · 第一村民小组" says more than the unit alone.
  const unit = tree.units.find((row) => row.id === detail.case.orgUnitId);
  const parent =
    unit?.tierLevel === 4 ? tree.units.find((row) => row.id === unit.parentId) : undefined;
  return {
    detail,
    place: unit ? [parent?.name, unit.name].filter(Boolean).join(' · ') : null,
    handlers: [...handlers].map(([id, name]) => ({ id, name })),
    rooms: rooms
      .filter((room) => room.active)
      .map((room) => ({ id: room.id, name: room.name, location: room.location })),
    committees: committees
      .filter((committee) => !committee.retired)
      .map((committee) => ({ id: committee.id, name: committee.name })),
    categoryDefault: category
      ? { tierLevel: category.defaultTierLevel, committeeName: category.committeeName }
      : null,
    today: chinaToday(),
  };
}

export async function action(args: Route.ActionArgs) {
  if (!UUID.test(args.params.caseId)) throw data(null, { status: 404 });
  return caseAction(args);
}

/** Which forms this person sees now: the state machine's next steps, narrowed by their roles. */
function visibleSteps(
  detail: CaseDetail,
  can: (permission: Parameters<typeof allows>[1]) => boolean,
) {
  const allowed = new Set<CaseAction>(detail.allowedActions);
  const status = detail.case.status;
  const update = can('case:update');
  const current = detail.agreements.find((agreement) => agreement.supersededAt === null);
  return {
    accept: update && allowed.has('accept'),
    route: update && allowed.has('route'),
    assign: can('case:assign') && (allowed.has('assign') || allowed.has('reassign')),
    reassign: allowed.has('reassign'),
    schedule: update && (allowed.has('startMediation') || status === 'in_mediation'),
    recordSession: update && status === 'in_mediation',
    cancelSession: update,
    agreement: update && (status === 'in_mediation' || status === 'agreement_reached') && !current,
    fileConfirmation: update && allowed.has('fileConfirmation') && current?.kind === 'written',
    confirmationOutcome: update && allowed.has('recordConfirmation'),
    close: update && allowed.has('close'),
    followUp: update && allowed.has('recordFollowUp'),
    escalate: update && allowed.has('escalate'),
    divert: update && allowed.has('divert'),
    reopen: can('case:assign') && allowed.has('reopen'),
    supervise: can('case:supervise') && allowed.has('supervise'),
    upload: update,
  };
}

function CaseHeader({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const record = detail.case;
  return (
    <PageHeader
      title={<span data-testid="case-number">{record.caseNumber}</span>}
      description={
        <span className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1.5">
          <span data-testid="case-status">
            <StatusBadge status={record.status} />
          </span>
          <span>{t(`case.tier.${record.tierLevel as 1 | 2 | 3}`)}</span>
          {record.riskColour ? <RiskMark colour={record.riskColour} /> : null}
          {record.urgency === 'urgent' ? (
            <span className="font-semibold text-slate-900">{t('case.urgency.urgent')}</span>
          ) : null}
          {record.supervisedAt ? (
            <span className="text-slate-700">{t('case.supervised')}</span>
          ) : null}
        </span>
      }
    />
  );
}

/**
 * Each stage's due date. The first session and the confirmation application show only while
 * they run; the running stage carries the same due-soon / overdue flag as the running deadline.
 */
function Deadlines({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const record = detail.case;
  const running = detail.deadline;
  // Derived from the agreement, not kept on the case: the API gives it as the running deadline.
  const confirmationApplyBy =
    running?.kind === 'judicialConfirmationApplication' ? running.dueDate : null;
  const dates: { key: DeadlineKind; label: string; date: string | null; whileRunning?: true }[] = [
    { key: 'acceptance', label: t('case.field.acceptBy'), date: record.acceptBy },
    {
      key: 'firstSession',
      label: t('case.field.firstSessionBy'),
      date: record.firstSessionBy,
      whileRunning: true,
    },
    { key: 'mediationConcluded', label: t('case.field.concludeBy'), date: record.concludeBy },
    {
      key: 'judicialConfirmationApplication',
      label: t('case.field.confirmationApplyBy'),
      date: confirmationApplyBy,
      whileRunning: true,
    },
    { key: 'followUp', label: t('case.field.followUpBy'), date: record.followUpBy },
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="case-deadlines">
      <Fact label={t('case.field.runningDeadline')}>
        <DeadlineCell deadline={detail.deadline} showKind />
      </Fact>
      {dates
        .filter((entry) => entry.date || !entry.whileRunning)
        .map((entry) => (
          <Fact key={entry.key} label={entry.label} testId={`deadline-${entry.key}`}>
            {running?.kind === entry.key ? (
              <DeadlineCell deadline={running} />
            ) : entry.date ? (
              formatDay(locale, entry.date)
            ) : (
              '—'
            )}
          </Fact>
        ))}
      {detail.enforcementApplyBy ? (
        <Fact label={t('case.field.enforcementApplyBy')} testId="deadline-enforcementApplication">
          {/* The parties' own limit: never flagged, it makes no case overdue. */}
          <span className="whitespace-nowrap tabular-nums">
            {formatDay(locale, detail.enforcementApplyBy)}
          </span>
          <span className="block text-xs text-slate-500">
            {t('case.field.enforcementApplyByNote')}
          </span>
        </Fact>
      ) : null}
    </dl>
  );
}

export default function CasePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const tenantData = useTenantData();
  const [searchParams] = useSearchParams();
  const detail = loaderData.detail as CaseDetail;
  const result = actionData as CaseActionResult | undefined;
  const record = detail.case;
  const slug = tenantData.tenant.slug;
  const steps = visibleSteps(detail, (permission) => allows(tenantData, permission));
  const context: CaseFormContext = {
    detail,
    result,
    handlers: loaderData.handlers,
    rooms: loaderData.rooms,
    committees: loaderData.committees,
    categoryDefault: loaderData.categoryDefault,
    today: loaderData.today,
    userId: tenantData.user.id,
  };
  const failedIntent = result && !result.ok ? result.intent : undefined;
  const open = (intent: string, first = false) =>
    failedIntent === intent || (failedIntent === undefined && first);
  const scheduled = detail.sessions.filter((session) => session.status === 'scheduled');
  const anyStep = Object.entries(steps).some(
    ([name, shown]) =>
      shown && name !== 'upload' && name !== 'cancelSession' && name !== 'reassign',
  );
  // The step most likely next is open; a reassignment is never the obvious next step.
  const firstStep = (
    [
      'accept',
      'route',
      'assign',
      'schedule',
      'agreement',
      'fileConfirmation',
      'close',
      'followUp',
    ] as const
  ).find(
    (name) =>
      steps[name] &&
      !(name === 'assign' && steps.reassign) &&
      !(name === 'followUp' && record.status === 'follow_up_done'),
  );
  return (
    <>
      <p className="mb-2 text-sm">
        <Link
          to={`/t/${slug}/cases`}
          className="text-brand-700 underline underline-offset-2 hover:text-brand-800"
        >
          {t('case.page.back')}
        </Link>
      </p>
      <CaseHeader detail={detail} />
      <div className="mb-4 space-y-2" aria-live="polite">
        {/* The address keeps ?registered=1 while steps post to it: the notice is the first view's. */}
        {searchParams.get('registered') === '1' && !result ? (
          <Notice>{t('case.notice.registered', { number: record.caseNumber })}</Notice>
        ) : null}
        {result?.ok && result.intent !== 'reveal' ? (
          <Notice>{t(result.notice.key, result.notice.params)}</Notice>
        ) : null}
        {tenantData.tenant.active ? null : (
          <FormError error={message('error.code.TENANT_INACTIVE')} />
        )}
      </div>

      {/* Keyed by version: after each step the cards open as the new status suggests. */}
      <div className="grid gap-6 xl:grid-cols-3" key={record.version}>
        <aside
          className="min-w-0 space-y-3 xl:order-last"
          aria-labelledby="steps-title"
          data-testid="case-steps"
        >
          <h2 id="steps-title" className="text-lg font-semibold">
            {t('case.section.steps')}
          </h2>
          {record.status === 'follow_up_done' ? (
            <p
              className="rounded-lg border border-brand-200 bg-brand-50 px-4 py-3 text-sm font-medium text-brand-800"
              data-testid="loop-complete"
            >
              {t('case.steps.loopComplete')}
            </p>
          ) : !anyStep ? (
            <EmptyState>{t('case.steps.none')}</EmptyState>
          ) : null}
          {steps.accept ? (
            <ActionCard
              title={t('case.action.accept')}
              open={open('accept', firstStep === 'accept')}
              testId="step-accept"
            >
              <AcceptForm context={context} />
            </ActionCard>
          ) : null}
          {steps.route ? (
            <ActionCard
              title={t('case.action.route')}
              hint={t('case.action.routeIntro')}
              open={open('route', firstStep === 'route')}
              testId="step-route"
            >
              <RouteForm context={context} />
            </ActionCard>
          ) : null}
          {steps.assign ? (
            <ActionCard
              title={steps.reassign ? t('case.action.reassign') : t('case.action.assign')}
              hint={t('case.action.assignIntro')}
              open={open('assign', firstStep === 'assign')}
              testId="step-assign"
            >
              <AssignForm context={context} reassign={steps.reassign} />
            </ActionCard>
          ) : null}
          {steps.schedule ? (
            <ActionCard
              title={t('case.action.schedule')}
              open={open('schedule', firstStep === 'schedule' && scheduled.length === 0)}
              testId="step-schedule"
            >
              <ScheduleForm context={context} />
            </ActionCard>
          ) : null}
          {steps.agreement ? (
            <ActionCard
              title={t('case.action.agreement')}
              hint={t('case.action.agreementIntro')}
              open={open(
                'agreement',
                firstStep === 'agreement' && record.status === 'agreement_reached',
              )}
              testId="step-agreement"
            >
              <AgreementForm context={context} />
            </ActionCard>
          ) : null}
          {steps.fileConfirmation ? (
            <ActionCard
              title={t('case.action.fileConfirmation')}
              hint={t('case.action.fileConfirmationIntro')}
              open={open('fileConfirmation')}
              testId="step-fileConfirmation"
            >
              <FileConfirmationForm context={context} />
            </ActionCard>
          ) : null}
          {steps.close ? (
            <ActionCard title={t('case.action.close')} open={open('close')} testId="step-close">
              <CloseForm context={context} />
            </ActionCard>
          ) : null}
          {steps.followUp ? (
            <ActionCard
              title={t('case.action.followUp')}
              open={open('followUp', firstStep === 'followUp')}
              testId="step-followUp"
            >
              <FollowUpForm context={context} />
            </ActionCard>
          ) : null}
          {steps.escalate ? (
            <ActionCard
              title={t('case.action.escalate')}
              open={open('escalate')}
              testId="step-escalate"
            >
              <EscalateForm context={context} />
            </ActionCard>
          ) : null}
          {steps.divert ? (
            <ActionCard
              title={t('case.action.divert')}
              hint={t('case.action.divertIntro')}
              open={open('divert')}
              testId="step-divert"
            >
              <DivertForm context={context} />
            </ActionCard>
          ) : null}
          {steps.reopen ? (
            <ActionCard title={t('case.action.reopen')} open={open('reopen')} testId="step-reopen">
              <ReopenForm context={context} />
            </ActionCard>
          ) : null}
          {steps.supervise ? (
            <ActionCard
              title={t('case.action.supervise')}
              open={open('supervise')}
              testId="step-supervise"
            >
              <SuperviseForm context={context} />
            </ActionCard>
          ) : null}
          <p className="text-xs text-slate-500">
            {t('case.page.version', {
              version: record.version,
              date: formatDate(locale, new Date(record.updatedAt)),
            })}
          </p>
        </aside>

        <div className="min-w-0 space-y-6 xl:col-span-2">
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t('case.section.deadlines')}</h2>
            <Deadlines detail={detail} />
            <h2 className="mt-5 mb-3 text-base font-semibold">{t('case.section.fourFixes')}</h2>
            <FourFixes detail={detail} />
          </Card>
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t('case.section.matter')}</h2>
            <CaseFacts detail={detail} place={loaderData.place} />
          </Card>
          <Section title={t('case.section.parties')} id="parties">
            <PartyList
              detail={detail}
              canReveal={allows(tenantData, 'pii:reveal')}
              result={result}
            />
          </Section>
          <Section title={t('case.section.sessions')} id="sessions">
            {detail.sessions.length === 0 ? (
              <EmptyState>
                {steps.schedule ? t('case.sessions.emptySchedule') : t('case.sessions.empty')}
              </EmptyState>
            ) : (
              <ul className="space-y-3" data-testid="session-list">
                {detail.sessions.map((session) => (
                  <li key={session.id} className="rounded-lg border border-slate-200 bg-white p-4">
                    <SessionSummary session={session} detail={detail} />
                    {session.status === 'scheduled' && steps.recordSession ? (
                      <div className="mt-3 space-y-2">
                        <ActionCard
                          title={t('case.action.recordSession')}
                          open={open('recordSession', firstStep === undefined)}
                          testId="step-recordSession"
                        >
                          <RecordSessionForm context={context} sessionId={session.id} />
                        </ActionCard>
                      </div>
                    ) : null}
                    {session.status === 'scheduled' && steps.cancelSession ? (
                      <div className="mt-2">
                        <ActionCard
                          title={t('case.action.cancelSession')}
                          open={open('cancelSession')}
                          testId="step-cancelSession"
                        >
                          <CancelSessionForm context={context} sessionId={session.id} />
                        </ActionCard>
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          {detail.agreements.length > 0 || detail.confirmations.length > 0 ? (
            <Section title={t('case.section.agreement')} id="agreement">
              <div className="space-y-3">
                {detail.agreements.map((agreement) => (
                  <Card key={agreement.id}>
                    <AgreementSummary agreement={agreement} tenantSlug={slug} caseId={record.id} />
                  </Card>
                ))}
                {detail.confirmations.map((confirmation) => (
                  <Card key={confirmation.id}>
                    <div className="space-y-1 text-sm" data-testid="confirmation">
                      <p className="font-medium">
                        {t('case.confirmation.filedAt', {
                          court: confirmation.courtName,
                          date: formatDay(locale, confirmation.filedOn),
                        })}
                      </p>
                      <p className="text-slate-700">
                        {t(`case.confirmation.outcome.${confirmation.outcome as 'pending'}`)}
                        {confirmation.rulingNumber ? ` · ${confirmation.rulingNumber}` : ''}
                        {confirmation.decidedOn
                          ? ` · ${formatDay(locale, confirmation.decidedOn)}`
                          : ''}
                        {confirmation.rejectionReason ? ` · ${confirmation.rejectionReason}` : ''}
                      </p>
                      {confirmation.hasLetter ? (
                        <p className="flex flex-wrap gap-2 pt-1">
                          <a
                            href={`/t/${slug}/cases/${record.id}/confirmations/${confirmation.id}/letter`}
                            target="_blank"
                            rel="noopener"
                            className="inline-flex min-h-8 items-center rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100"
                          >
                            {t('case.confirmation.printLetter')}
                          </a>
                          <a
                            href={`/t/${slug}/cases/${record.id}/confirmations/${confirmation.id}/letter?download=1`}
                            className="inline-flex min-h-8 items-center rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100"
                            data-testid="letter-pdf"
                            download
                          >
                            {t('case.confirmation.downloadLetter')}
                          </a>
                        </p>
                      ) : null}
                    </div>
                    {confirmation.outcome === 'pending' && steps.confirmationOutcome ? (
                      <div className="mt-3">
                        <ActionCard
                          title={t('case.action.recordOutcome')}
                          open={open('confirmationOutcome', true)}
                          testId="step-confirmationOutcome"
                        >
                          <ConfirmationOutcomeForm
                            context={context}
                            confirmationId={confirmation.id}
                          />
                        </ActionCard>
                      </div>
                    ) : null}
                  </Card>
                ))}
              </div>
            </Section>
          ) : null}
          {detail.followUps.length > 0 ? (
            <Section title={t('case.section.followUps')} id="follow-ups">
              <ul className="space-y-2" data-testid="follow-up-list">
                {detail.followUps.map((visit) => (
                  <li
                    key={visit.id}
                    className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
                  >
                    <p className="font-medium">
                      {formatDay(locale, visit.visitedOn)} · {visit.visitorName ?? '—'}
                    </p>
                    <p className="text-slate-700">
                      {visit.carriedOut ? '' : `${t('case.followUp.notCarriedOut')} · `}
                      {followUpOutcome(t, visit)}
                    </p>
                    {visit.notes ? (
                      <p className="mt-1 whitespace-pre-line text-slate-700">{visit.notes}</p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          <Section title={t('case.section.attachments')} id="attachments">
            <AttachmentList detail={detail} tenantSlug={slug} />
            {steps.upload ? (
              <div className="mt-3">
                <ActionCard
                  title={t('case.action.upload')}
                  open={open('upload')}
                  testId="step-upload"
                >
                  <UploadForm context={context} />
                </ActionCard>
              </div>
            ) : null}
          </Section>
          <Section title={t('case.section.timeline')} id="timeline">
            <Timeline detail={detail} />
          </Section>
        </div>
      </div>
    </>
  );
}

export const ErrorBoundary = ChildErrorBoundary;
