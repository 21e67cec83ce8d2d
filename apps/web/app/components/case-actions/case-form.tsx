// The frame every case-page step form shares. The page shows a form only when the state machine
// allows the step now (`allowedActions`) and the person's roles allow it. Each form names the case
// version it was rendered with; a failure comes back beside its inputs with what was typed, and a
// lost race says so with a link to reload.
import type { ReactNode } from 'react';
import { Form, Link, useLocation, useNavigation } from 'react-router';
import type { CaseActionResult } from '../../lib/case-actions.server.ts';
import { useT } from '../../lib/i18n.ts';
import type { Message } from '../../lib/messages.ts';
import type { CaseDetail } from '../case-record.tsx';
import { buttonClass, FormError } from '../form.tsx';

export interface CaseFormContext {
  detail: CaseDetail;
  result: CaseActionResult | undefined;
  handlers: { id: string; name: string }[];
  rooms: { id: string; name: string; location: string | null }[];
  committees: { id: string; name: string }[];
  categoryDefault: { tierLevel: number; committeeName: string | null } | null;
  today: string;
  userId: string;
}

export type Failure = Extract<CaseActionResult, { ok: false }>;

/** This form's failure (its intent and row), else undefined. */
export function failureOf(
  context: CaseFormContext,
  intent: string,
  target?: string,
): Failure | undefined {
  const result = context.result;
  if (!result || result.ok || result.intent !== intent) return undefined;
  if (target !== undefined && result.target !== target) return undefined;
  return result;
}

/** What was typed into this form before a failure, else the fallback. */
export function typedValue(failure: Failure | undefined, name: string, fallback = ''): string {
  return failure?.values?.[name] ?? fallback;
}

export function errorOf(failure: Failure | undefined, name: string): Message | undefined {
  return failure?.fieldErrors?.[name];
}

/**
 * The failure of the form that was posted: its error, or "reload" after a lost race. (A success
 * is announced once at the top of the page: the form it came from may be gone by then.)
 */
export function Outcome({
  context,
  intent,
  target,
}: {
  context: CaseFormContext;
  intent: string | readonly string[];
  target?: string;
}) {
  const t = useT();
  const location = useLocation();
  const result = context.result;
  const intents: readonly string[] = typeof intent === 'string' ? [intent] : intent;
  if (!result || !intents.includes(result.intent)) return null;
  if (target !== undefined && result.target !== target) return null;
  if (result.ok) return null;
  if (result.stale)
    return (
      <div
        role="alert"
        className="rounded-md border border-danger-200 bg-danger-50 px-3 py-2 text-sm text-danger-700"
        data-testid="stale-version"
      >
        {t('case.error.stale')}{' '}
        <Link
          to={location.pathname}
          reloadDocument
          className="font-medium underline underline-offset-2"
        >
          {t('case.error.reload')}
        </Link>
      </div>
    );
  return <FormError error={result.formError} />;
}

/** A step as a card that opens (a <details>, so it works without JavaScript). */
export function ActionCard({
  title,
  hint,
  open,
  children,
  testId,
}: {
  title: string;
  hint?: string;
  open: boolean;
  children: ReactNode;
  testId: string;
}) {
  return (
    <details
      className="group rounded-lg border border-slate-200 bg-white"
      open={open}
      data-testid={testId}
    >
      <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-4 py-2.5 text-sm font-semibold text-slate-900 hover:bg-slate-50">
        <span>{title}</span>
        <span
          aria-hidden="true"
          className="text-slate-400 transition-transform group-open:rotate-180"
        >
          ▾
        </span>
      </summary>
      <div className="@container border-t border-slate-100 px-4 pt-3 pb-4">
        {hint ? <p className="mb-3 text-xs text-slate-600">{hint}</p> : null}
        {children}
      </div>
    </details>
  );
}

export function CaseForm({
  context,
  intent,
  children,
  multipart = false,
  withIntent = true,
  formKey,
}: {
  context: CaseFormContext;
  intent: string;
  children: ReactNode;
  multipart?: boolean;
  /** False when the submit buttons carry the intent (forms with add/remove rows). */
  withIntent?: boolean;
  formKey?: string;
}) {
  const failure = context.result && !context.result.ok ? context.result : undefined;
  return (
    <Form
      method="post"
      noValidate
      preventScrollReset
      encType={multipart ? 'multipart/form-data' : undefined}
      className="space-y-3"
      // A new version (the step worked) or a new failure re-renders the form from its values.
      key={`${formKey ?? intent}-${context.detail.case.version}-${failure?.intent === intent ? failure.revision : ''}`}
    >
      {withIntent ? <input type="hidden" name="intent" value={intent} /> : null}
      <input type="hidden" name="expectedVersion" value={context.detail.case.version} />
      {children}
    </Form>
  );
}

export function Submit({ children, danger = false }: { children: ReactNode; danger?: boolean }) {
  const navigation = useNavigation();
  return (
    <button
      type="submit"
      className={danger ? buttonClass.danger : buttonClass.primary}
      disabled={navigation.state === 'submitting'}
    >
      {children}
    </button>
  );
}
