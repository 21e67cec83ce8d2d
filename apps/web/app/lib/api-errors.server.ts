// Reading the API's errors in loaders and actions. The in-process caller throws TRPCErrors whose
// message is a stable code ('INVALID_CREDENTIALS', 'NOT_FOUND' …); input validation failures
// are BAD_REQUEST with the zod issues as the cause.

import type { MessageParams } from '@concord/i18n';
import { data } from 'react-router';
import type { AppContext } from '../context.server.ts';
import {
  errorCodeMessage,
  type FormFailure,
  isMessageKey,
  type Message,
  message,
} from './messages.ts';
import { redirectBack } from './session.server.ts';

export interface ApiError {
  /** The stable code, e.g. 'THROTTLED'; 'VALIDATION' for input that failed the zod schema. */
  code: string;
  details: Record<string, unknown>;
  issues: ValidationIssue[];
}

export interface ValidationIssue {
  code: string;
  path: PropertyKey[];
  /** Our schemas put a stable reason here ('DIVISION_CODE_SHAPE'); zod's own text otherwise. */
  message?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The API error inside `error`, or null when it is not one (a bug, a lost database …). */
export function readApiError(error: unknown): ApiError | null {
  if (!(error instanceof Error) || error.name !== 'TRPCError') return null;
  const cause: unknown = error.cause;
  if (isRecord(cause) && Array.isArray(cause.issues))
    return { code: 'VALIDATION', details: {}, issues: cause.issues as ValidationIssue[] };
  if (error.message === 'INTERNAL' || !/^[A-Z][A-Z0-9_]*$/.test(error.message)) return null;
  const details: Record<string, unknown> = {};
  if (isRecord(cause)) {
    if (isRecord(cause.details)) Object.assign(details, cause.details);
    // AuthError carries the wait of THROTTLED as a property of its own.
    if (typeof cause.retryAfterSeconds === 'number')
      details.retryAfterSeconds = cause.retryAfterSeconds;
  }
  return { code: error.message, details, issues: [] };
}

/** The details' plain values, as parameters for a catalog entry ({date}, {categories} …). */
function detailParams(details: Record<string, unknown>): MessageParams {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(details))
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  return params;
}

/** `error.reason.<REASON>` for a refusal's `details.reason` (SLUG_TAKEN …), when the catalog has it. */
export function reasonMessage(apiError: ApiError): Message | null {
  const reason = apiError.details.reason;
  if (typeof reason !== 'string') return null;
  const key = `error.reason.${reason}`;
  return isMessageKey(key) ? message(key, detailParams(apiError.details)) : null;
}

/** The message for an API error code, with the parameters its catalog entry uses. */
export function apiErrorMessage(apiError: ApiError): Message {
  if (apiError.code === 'THROTTLED')
    return errorCodeMessage('THROTTLED', {
      seconds: Number(apiError.details.retryAfterSeconds ?? 60),
    });
  if (apiError.code === 'CONFLICT' && apiError.details.reason === 'LAST_ADMIN')
    return message('error.lastAdmin');
  return reasonMessage(apiError) ?? errorCodeMessage(apiError.code);
}

/** The message for one zod issue, shown beside its field. */
export function issueMessage(issue: ValidationIssue): Message {
  // A reason our schemas name ('DIVISION_CODE_SHAPE', 'INVALID_PREFIX' …) says more than the kind.
  if (issue.message && /^[A-Z][A-Z0-9_]+$/.test(issue.message)) {
    const key = `error.reason.${issue.message}`;
    if (isMessageKey(key)) return message(key);
  }
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1
        ? message('form.error.required')
        : message('form.error.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return message('form.error.tooLong', { max: Number(issue.maximum) });
    case 'invalid_type':
      return message('form.error.required');
    case 'invalid_value':
      return message('form.error.invalidChoice');
    default:
      return message('form.error.invalid');
  }
}

/**
 * Turns an API error into a form failure: validation issues go beside the fields they name
 * (`fields` maps input names to form fields); anything else becomes the form's error, or the
 * field's when `codeFields` says which field a code belongs to. Errors that are not the API's
 * are unexpected and rethrown as a 500 carrying the request id.
 */
export function formFailure<Field extends string>(
  app: AppContext,
  error: unknown,
  options: {
    fields?: Partial<Record<string, Field>>;
    codeFields?: Partial<Record<string, Field>>;
    /** Which field a refusal's `details.reason` belongs to (SLUG_TAKEN → 'slug'). */
    reasonFields?: Partial<Record<string, Field>>;
    /** The field an issue's whole path names, for nested inputs (`value.names.0`); else path[0]. */
    issueField?: (path: PropertyKey[]) => Field | undefined;
    values?: Partial<Record<Field, string>>;
  } = {},
): FormFailure<Field> {
  const apiError = readApiError(error);
  if (!apiError) throw unexpectedError(app, error);
  const failure: FormFailure<Field> = { ok: false, values: options.values ?? {} };
  const fieldErrors: Partial<Record<Field, Message>> = {};
  let formError: Message | undefined;
  for (const issue of apiError.issues) {
    const name = String(issue.path[0] ?? '');
    const field = options.issueField
      ? options.issueField(issue.path)
      : (options.fields?.[name] ?? (name ? (name as Field) : undefined));
    // An issue about the whole input (a union that matched no branch) belongs to the form.
    if (field) fieldErrors[field] ??= issueMessage(issue);
    else formError ??= message('form.error.invalid');
  }
  if (apiError.code === 'VALIDATION_FAILED' && typeof apiError.details.field === 'string') {
    const name = apiError.details.field;
    fieldErrors[options.fields?.[name] ?? (name as Field)] =
      reasonMessage(apiError) ?? message('form.error.invalidChoice');
  }
  const codeField = options.codeFields?.[apiError.code];
  if (codeField) fieldErrors[codeField] = apiErrorMessage(apiError);
  const reason = apiError.details.reason;
  const reasonField = typeof reason === 'string' ? options.reasonFields?.[reason] : undefined;
  if (reasonField) fieldErrors[reasonField] = apiErrorMessage(apiError);
  if (Object.keys(fieldErrors).length > 0) failure.fieldErrors = fieldErrors;
  else failure.formError = formError ?? apiErrorMessage(apiError);
  return failure;
}

export function failureStatus(error: unknown): number {
  const code = readApiError(error)?.code;
  if (code === 'THROTTLED') return 429;
  if (code === 'NOT_FOUND') return 404;
  if (code === 'FORBIDDEN' || code === 'TENANT_INACTIVE') return 403;
  if (code === 'CONFLICT' || code === 'STALE_VERSION') return 409;
  return 400;
}

/** Logs an unexpected error and returns the 500 response the error boundary shows. */
export function unexpectedError(
  app: AppContext,
  error: unknown,
): Response | ReturnType<typeof data> {
  if (error instanceof Response) return error;
  app.logger.error({ err: error }, 'unexpected error in a loader or action');
  return data({ requestId: app.requestId }, { status: 500 });
}

/**
 * What a page does when a tenant procedure refuses: another tenant's slug and an unknown one
 * both become the same 404; a county administrator without 2FA is sent to set it up.
 */
export function tenantErrorResponse(request: Request, app: AppContext, error: unknown) {
  const apiError = readApiError(error);
  switch (apiError?.code) {
    case 'NOT_FOUND':
      return data(null, { status: 404 });
    case 'FORBIDDEN':
      return data(null, { status: 403 });
    case 'TWO_FACTOR_ENROLMENT_REQUIRED':
      return redirectBack('/account/two-factor', request);
    case 'TWO_FACTOR_REQUIRED':
      return redirectBack('/sign-in/two-factor', request);
    case 'UNAUTHENTICATED':
      return redirectBack('/sign-in', request);
    default:
      return unexpectedError(app, error);
  }
}
