// The case forms' errors: the API reports every problem of a form at once as
// `details.fields: [{ path: 'parties.1.idNumber', reason: 'check_digit' }]` (and zod issues by
// path); each goes beside the input of that name, localised as `case.problem.<field>.<reason>`
// or `case.problem.<reason>`. A lost optimistic-lock race, a refused move of the state machine
// and a booked room get messages of their own.
import { formatDate, type Locale, type MessageParams } from '@concord/i18n';
import type { AppContext } from '../context.server.ts';
import {
  apiErrorMessage,
  issueMessage,
  readApiError,
  unexpectedError,
} from './api-errors.server.ts';
import { formatDateTime } from './format.ts';
import { type FormFailure, isMessageKey, type Message, message } from './messages.ts';

export interface CaseFormFailure extends FormFailure<string> {
  /** Someone else changed the case since the page was loaded: the page offers a reload. */
  stale?: boolean;
}

interface FieldProblem {
  path: string;
  reason: string;
}

function problemsOf(details: Record<string, unknown>): FieldProblem[] {
  const fields = details.fields;
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((entry: unknown) =>
    typeof entry === 'object' &&
    entry !== null &&
    typeof (entry as FieldProblem).path === 'string' &&
    typeof (entry as FieldProblem).reason === 'string'
      ? [entry as FieldProblem]
      : [],
  );
}

function chinaDay(locale: Locale, day: unknown): string | undefined {
  return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day)
    ? formatDate(locale, new Date(`${day}T12:00:00+08:00`))
    : undefined;
}

/** The message for one problem: the field's own wording first, then the reason's. */
export function problemMessage(problem: FieldProblem, params: MessageParams = {}): Message {
  const last =
    problem.path
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? '';
  for (const key of [`case.problem.${last}.${problem.reason}`, `case.problem.${problem.reason}`])
    if (isMessageKey(key)) return message(key, params);
  return message('form.error.invalid');
}

function conflictMessage(locale: Locale, details: Record<string, unknown>): Message | null {
  switch (details.reason) {
    case 'ROOM_BOOKED': {
      const from = typeof details.startsAt === 'string' ? new Date(details.startsAt) : null;
      const to = typeof details.endsAt === 'string' ? new Date(details.endsAt) : null;
      return from && to
        ? message('case.error.roomBooked', {
            from: formatDateTime(locale, from),
            to: formatDateTime(locale, to).slice(-5),
          })
        : message('case.error.roomBookedPlain');
    }
    case 'SESSION_NOT_SCHEDULED':
      return message('case.error.sessionNotScheduled');
    case 'AGREEMENT_EXISTS':
      return message('case.error.agreementExists');
    case 'CONFIRMATION_DECIDED':
      return message('case.error.confirmationDecided');
    default:
      return null;
  }
}

/**
 * Turns an API refusal into the failure of a case form. `fieldOf` names the input a problem's
 * path belongs to (identity by default) and returns undefined when the form has no such input:
 * the problem then becomes the form's error, so nothing is ever silently lost.
 */
export function caseFormFailure(
  app: AppContext,
  error: unknown,
  options: {
    locale: Locale;
    values?: Record<string, string>;
    fieldOf?: (path: string) => string | undefined;
  },
): CaseFormFailure {
  const apiError = readApiError(error);
  if (!apiError) throw unexpectedError(app, error);
  const fieldOf = options.fieldOf ?? ((path: string) => path);
  const failure: CaseFormFailure = { ok: false, values: options.values ?? {} };
  const fieldErrors: Record<string, Message> = {};
  let formError: Message | undefined;
  const place = (path: string, text: Message) => {
    const field = path ? fieldOf(path) : undefined;
    if (field) fieldErrors[field] ??= text;
    else formError ??= text;
  };
  for (const issue of apiError.issues) place(issue.path.map(String).join('.'), issueMessage(issue));
  const lastDay = chinaDay(options.locale, apiError.details.lastDay);
  for (const problem of problemsOf(apiError.details))
    place(problem.path, problemMessage(problem, lastDay ? { lastDay } : {}));
  switch (apiError.code) {
    case 'STALE_VERSION':
      failure.stale = true;
      formError = message('case.error.stale');
      break;
    case 'CASE_TRANSITION_NOT_ALLOWED':
      formError = message('case.error.transitionNotAllowed');
      break;
    case 'CONFLICT': {
      const conflict = conflictMessage(options.locale, apiError.details);
      if (conflict && apiError.details.reason === 'ROOM_BOOKED') place('roomId', conflict);
      else formError ??= conflict ?? apiErrorMessage(apiError);
      break;
    }
    default:
      if (Object.keys(fieldErrors).length === 0) formError ??= apiErrorMessage(apiError);
  }
  if (Object.keys(fieldErrors).length > 0) failure.fieldErrors = fieldErrors;
  if (formError) failure.formError = formError;
  return failure;
}
