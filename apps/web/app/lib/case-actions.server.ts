// The case page's action: one small form per step of the closed loop (an `intent` each), every
// one naming the case version it was rendered with. The posted strings are read with zod into
// the API's input; the API's refusals come back beside the inputs they name.
import { data } from 'react-router';
import { z } from 'zod';
import { failureStatus, issueMessage } from './api-errors.server.ts';
import { type CaseFormFailure, caseFormFailure } from './case-errors.server.ts';
import {
  caseResults,
  divertTargets,
  followUpNotCarriedOutReasons,
  followUpPerformed,
  followUpSatisfaction,
  sessionOutcomes,
  sessionPlaces,
  yuanToFen,
} from './cases.ts';
import { localeFromRequest } from './locale.server.ts';
import { type Message, message } from './messages.ts';
import { type TenantRouteArgs, tenantRoute } from './tenant.server.ts';

export const MAX_TERMS = 50;
export const INITIAL_TERMS = 2;
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export type CaseActionResult =
  | {
      ok: true;
      intent: string;
      target?: string;
      notice: Message;
      revealed?: { idNumber: string | null; phone: string | null };
    }
  | (CaseFormFailure & {
      intent: string;
      target?: string;
      /** The agreement form's number of term rows (add/remove term re-renders it). */
      termCount?: number;
      /** Changes with each response, so a form re-renders from the values sent back. */
      revision: string;
    });

const text = z.string().trim();
/** An input that may be absent or left empty. */
const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);
const version = z.coerce.number().int().min(1);
const day = text.min(1);
const optionalDay = optional;

const schemas = {
  accept: z.object({ expectedVersion: version }),
  route: z.object({ expectedVersion: version, routing: text, reason: optional }),
  escalate: z.object({ expectedVersion: version, routing: text.min(1), reason: text }),
  divert: z.object({ expectedVersion: version, divertedTo: z.enum(divertTargets), reason: text }),
  assign: z.object({
    expectedVersion: version,
    leadOfficial: text,
    responsibleDepartment: text,
    responsibleUserId: text.min(1),
    concludeBy: optionalDay,
    reason: optional,
  }),
  schedule: z.object({
    expectedVersion: version,
    place: z.enum(sessionPlaces),
    roomId: optional,
    location: optional,
    date: day,
    startTime: text.regex(/^\d{2}:\d{2}$/),
    endTime: text.regex(/^\d{2}:\d{2}$/),
    mediatorUserIds: z.array(text).min(1),
    notifyPartyIds: z.array(text),
  }),
  recordSession: z.object({
    expectedVersion: version,
    sessionId: text,
    attendance: z.array(text),
    notes: optional,
    outcome: z.enum(['', ...sessionOutcomes]).transform((value) => value || undefined),
    reason: optional,
  }),
  cancelSession: z.object({ expectedVersion: version, sessionId: text, reason: text }),
  fileConfirmation: z.object({
    expectedVersion: version,
    courtName: text,
    filedOn: day,
    contactPerson: optional,
    contactPhone: text,
  }),
  confirmationOutcome: z.object({
    expectedVersion: version,
    confirmationId: text,
    outcome: z.enum(['confirmed', 'rejected']),
    decidedOn: day,
    rulingNumber: optional,
    rejectionReason: optional,
  }),
  close: z.object({
    expectedVersion: version,
    result: z.enum(['', ...caseResults]).transform((value) => value || undefined),
    note: optional,
  }),
  followUp: z.object({
    expectedVersion: version,
    visitedOn: day,
    carriedOut: z.enum(['yes', 'no']),
    notCarriedOutReason: z
      .enum(['', ...followUpNotCarriedOutReasons])
      .optional()
      .transform((value) => value || undefined),
    // Absent when the case has no agreement to perform.
    performed: z.enum(followUpPerformed).optional(),
    satisfaction: z.enum(followUpSatisfaction),
    notes: optional,
  }),
  reopen: z.object({ expectedVersion: version, reason: text }),
  supervise: z.object({ expectedVersion: version, note: text }),
} as const;

type Intent = keyof typeof schemas | 'reveal' | 'agreement' | 'upload';

/** The fields each form posts as lists (checkboxes). */
const listFields = new Set(['mediatorUserIds', 'notifyPartyIds', 'attendance']);

function readValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string' || name === 'intent') continue;
    values[name] =
      listFields.has(name) && values[name] ? `${values[name]},${value.trim()}` : value.trim();
  }
  return values;
}

function readShape(form: FormData, values: Record<string, string>): Record<string, unknown> {
  const shape: Record<string, unknown> = { ...values };
  for (const name of listFields) shape[name] = form.getAll(name).map(String);
  return shape;
}

/** "2026-11-25" and "09:30" as the instant in China time the API expects. */
function chinaInstant(date: string, time: string): string {
  return `${date}T${time}:00+08:00`;
}

/** Agreement form inputs: `terms.0.text`, `terms.0.amount` (yuan), `terms.0.dueDate`. */
function termCountOf(form: FormData): number {
  const count = Number(form.get('termCount'));
  return Number.isInteger(count) && count >= 1 && count <= MAX_TERMS ? count : INITIAL_TERMS;
}

function withoutTerm(values: Record<string, string>, removed: number, count: number) {
  const next: Record<string, string> = {};
  for (const [name, value] of Object.entries(values))
    if (!name.startsWith('terms.')) next[name] = value;
  let target = 0;
  for (let index = 0; index < count; index++) {
    if (index === removed) continue;
    for (const field of ['text', 'amount', 'dueDate'])
      next[`terms.${target}.${field}`] = values[`terms.${index}.${field}`] ?? '';
    target++;
  }
  return next;
}

export async function caseAction(args: TenantRouteArgs & { params: { caseId: string } }) {
  const { app, caller, tenantSlug } = await tenantRoute(args);
  const locale = await localeFromRequest(args.request);
  const { caseId } = args.params;
  const form = await args.request.formData();
  const rawIntent = String(form.get('intent') ?? '');
  const values = readValues(form);
  /** The inputs a person sees: a problem with anything else is the form's error. */
  const hidden = new Set([
    'expectedVersion',
    'sessionId',
    'confirmationId',
    'partyId',
    'currentTier',
    'termCount',
  ]);
  const shownField = (path: string) => (path in values && !hidden.has(path) ? path : undefined);
  // The row a form is about (a party, a session, a confirmation), so only its form shows the outcome.
  const target = values.sessionId || values.confirmationId || values.partyId || undefined;
  const revision = crypto.randomUUID();

  const fail = (
    intent: string,
    failure: CaseFormFailure,
    status: number,
    extra: { target?: string; termCount?: number } = {},
  ) =>
    data<CaseActionResult>(
      { ...failure, values, intent, revision, ...extra, ...(target ? { target } : {}) },
      { status },
    );
  const done = (intent: string, notice: Message, extra: Partial<CaseActionResult> = {}) =>
    ({ ok: true, intent, notice, ...(target ? { target } : {}), ...extra }) as CaseActionResult;

  /** Runs an API call; a refusal becomes the form's failure with the inputs it names. */
  async function call(
    intent: string,
    run: () => Promise<unknown>,
    notice: Message,
    options: { fieldOf?: (path: string) => string | undefined; termCount?: number } = {},
  ) {
    try {
      await run();
      return done(intent, notice);
    } catch (error) {
      const failure = caseFormFailure(app, error, {
        locale,
        values,
        fieldOf: options.fieldOf ?? shownField,
      });
      return fail(intent, failure, failureStatus(error), {
        ...(options.termCount ? { termCount: options.termCount } : {}),
      });
    }
  }

  function parse<K extends keyof typeof schemas>(
    intent: K,
    fieldOf?: (path: string) => string | undefined,
  ) {
    const parsed = schemas[intent].safeParse(readShape(form, values));
    if (parsed.success)
      return { ok: true as const, input: parsed.data as z.output<(typeof schemas)[K]> };
    const fieldErrors: Record<string, Message> = {};
    let formError: Message | undefined;
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      const field = (fieldOf ?? shownField)(path);
      const text =
        values[path] === '' || values[path] === undefined
          ? message('form.error.required')
          : issueMessage({ ...issue, path: issue.path as PropertyKey[] });
      if (field) fieldErrors[field] ??= text;
      else formError ??= message('form.error.invalid');
    }
    return {
      ok: false as const,
      response: fail(
        intent,
        { ok: false, values, fieldErrors, ...(formError ? { formError } : {}) },
        400,
      ),
    };
  }

  const intent = rawIntent.replace(/:.*$/, '') as Intent;
  switch (intent) {
    case 'reveal': {
      const partyId = values.partyId ?? '';
      try {
        const revealed = await caller.case.revealParty({ tenantSlug, caseId, partyId });
        return {
          ok: true,
          intent,
          target: partyId,
          notice: message('case.reveal.done'),
          revealed: { idNumber: revealed.idNumber, phone: revealed.phone },
        } satisfies CaseActionResult;
      } catch (error) {
        return fail(intent, caseFormFailure(app, error, { locale, values }), failureStatus(error), {
          target: partyId,
        });
      }
    }
    case 'accept': {
      const parsed = parse('accept');
      if (!parsed.ok) return parsed.response;
      return call(
        intent,
        () => caller.case.accept({ tenantSlug, caseId, ...parsed.input }),
        message('case.notice.accepted'),
      );
    }
    case 'route':
    case 'escalate': {
      const parsed = parse(intent);
      if (!parsed.ok) return parsed.response;
      // One select names the tier or the committee: "tier:2", "committee:<id>", "default".
      const choice = parsed.input.routing;
      const committee = /^committee:(.+)$/.exec(choice);
      const tierChoice = /^tier:([123])$/.exec(choice);
      const routing =
        choice === 'default' || choice === ''
          ? {}
          : committee
            ? { committeeId: committee[1] ?? '' }
            : tierChoice
              ? { tierLevel: Number(tierChoice[1]) as 1 | 2 | 3, committeeId: null }
              : null;
      if (routing === null)
        return fail(
          intent,
          { ok: false, values, fieldErrors: { routing: message('form.error.invalidChoice') } },
          400,
        );
      const fieldOf = (path: string) =>
        path === 'tierLevel' || path === 'committeeId'
          ? 'routing'
          : path === 'reason'
            ? 'reason'
            : undefined;
      if (intent === 'route')
        return call(
          intent,
          () =>
            caller.case.route({
              tenantSlug,
              caseId,
              expectedVersion: parsed.input.expectedVersion,
              ...routing,
              ...(parsed.input.reason ? { reason: parsed.input.reason } : {}),
            }),
          message('case.notice.routed'),
          { fieldOf },
        );
      // Escalation goes up a tier or over to a committee (which keeps the tier the case has).
      const tierLevel =
        'tierLevel' in routing && routing.tierLevel
          ? routing.tierLevel
          : Number(values.currentTier) || 2;
      return call(
        intent,
        () =>
          caller.case.escalate({
            tenantSlug,
            caseId,
            expectedVersion: parsed.input.expectedVersion,
            tierLevel: tierLevel as 1 | 2 | 3,
            committeeId: 'committeeId' in routing ? (routing.committeeId ?? null) : null,
            reason: parsed.input.reason ?? '',
          }),
        message('case.notice.escalated'),
        { fieldOf },
      );
    }
    case 'divert': {
      const parsed = parse('divert');
      if (!parsed.ok) return parsed.response;
      return call(
        intent,
        () => caller.case.divert({ tenantSlug, caseId, ...parsed.input }),
        message('case.notice.diverted'),
      );
    }
    case 'assign': {
      const parsed = parse('assign');
      if (!parsed.ok) return parsed.response;
      const { concludeBy, reason, ...rest } = parsed.input;
      return call(
        intent,
        () =>
          caller.case.assign({
            tenantSlug,
            caseId,
            ...rest,
            ...(concludeBy ? { concludeBy } : {}),
            ...(reason ? { reason } : {}),
          }),
        message('case.notice.assigned'),
      );
    }
    case 'schedule': {
      const fieldOf = (path: string) => {
        if (path === 'startsAt') return 'startTime';
        if (path === 'endsAt') return 'endTime';
        if (path.startsWith('mediatorUserIds')) return 'mediatorUserIds';
        if (path.startsWith('notifyPartyIds')) return 'notifyPartyIds';
        return ['place', 'roomId', 'location', 'date', 'startTime', 'endTime'].includes(path)
          ? path
          : undefined;
      };
      const parsed = parse('schedule', fieldOf);
      if (!parsed.ok) return parsed.response;
      const { date, startTime, endTime, roomId, location, ...rest } = parsed.input;
      return call(
        intent,
        () =>
          caller.mediationSession.schedule({
            tenantSlug,
            caseId,
            ...rest,
            ...(rest.place === 'room' && roomId ? { roomId } : {}),
            ...(rest.place !== 'room' && location ? { location } : {}),
            startsAt: chinaInstant(date, startTime),
            endsAt: chinaInstant(date, endTime),
          }),
        message('case.notice.scheduled'),
        { fieldOf },
      );
    }
    case 'recordSession': {
      const parsed = parse('recordSession');
      if (!parsed.ok) return parsed.response;
      const { notes, outcome, reason, ...rest } = parsed.input;
      return call(
        intent,
        () =>
          caller.mediationSession.record({
            tenantSlug,
            ...rest,
            ...(notes ? { notes } : {}),
            ...(outcome ? { outcome } : {}),
            ...(reason ? { reason } : {}),
          }),
        message('case.notice.sessionRecorded'),
        { fieldOf: (path) => (path.startsWith('attendance') ? 'attendance' : shownField(path)) },
      );
    }
    case 'cancelSession': {
      const parsed = parse('cancelSession');
      if (!parsed.ok) return parsed.response;
      return call(
        intent,
        () => caller.mediationSession.cancel({ tenantSlug, ...parsed.input }),
        message('case.notice.sessionCancelled'),
      );
    }
    case 'agreement':
      return agreementAction();
    case 'fileConfirmation': {
      const parsed = parse('fileConfirmation');
      if (!parsed.ok) return parsed.response;
      const { contactPerson, ...rest } = parsed.input;
      return call(
        intent,
        () =>
          caller.judicialConfirmation.file({
            tenantSlug,
            caseId,
            ...rest,
            ...(contactPerson ? { contactPerson } : {}),
          }),
        message('case.notice.confirmationFiled'),
      );
    }
    case 'confirmationOutcome': {
      const parsed = parse('confirmationOutcome');
      if (!parsed.ok) return parsed.response;
      const { rulingNumber, rejectionReason, ...rest } = parsed.input;
      return call(
        intent,
        () =>
          caller.judicialConfirmation.recordOutcome({
            tenantSlug,
            ...rest,
            ...(rulingNumber ? { rulingNumber } : {}),
            ...(rejectionReason ? { rejectionReason } : {}),
          }),
        message('case.notice.outcomeRecorded'),
      );
    }
    case 'close': {
      const parsed = parse('close');
      if (!parsed.ok) return parsed.response;
      const { result, note, ...rest } = parsed.input;
      return call(
        intent,
        () =>
          caller.case.close({
            tenantSlug,
            caseId,
            ...rest,
            ...(result ? { result } : {}),
            ...(note ? { note } : {}),
          }),
        message('case.notice.closed'),
      );
    }
    case 'followUp': {
      const parsed = parse('followUp');
      if (!parsed.ok) return parsed.response;
      const { carriedOut, notCarriedOutReason, performed, satisfaction, notes, ...rest } =
        parsed.input;
      // The form holds both kinds of answer; only the chosen kind's reach the API.
      const answers =
        carriedOut === 'yes'
          ? { satisfaction, ...(performed ? { performed } : {}) }
          : { carriedOut: false, ...(notCarriedOutReason ? { notCarriedOutReason } : {}) };
      return call(
        intent,
        () =>
          caller.followUp.record({
            tenantSlug,
            caseId,
            ...rest,
            ...answers,
            ...(notes ? { notes } : {}),
          }),
        message(
          carriedOut === 'yes'
            ? 'case.notice.followUpRecorded'
            : 'case.notice.followUpNotCarriedOut',
        ),
      );
    }
    case 'reopen': {
      const parsed = parse('reopen');
      if (!parsed.ok) return parsed.response;
      return call(
        intent,
        () => caller.case.reopen({ tenantSlug, caseId, ...parsed.input }),
        message('case.notice.reopened'),
      );
    }
    case 'supervise': {
      const parsed = parse('supervise');
      if (!parsed.ok) return parsed.response;
      return call(
        intent,
        () => caller.case.supervise({ tenantSlug, caseId, ...parsed.input }),
        message('case.notice.supervised'),
      );
    }
    case 'upload': {
      const file = form.get('file');
      const expectedVersion = Number(values.expectedVersion);
      if (!(file instanceof File) || file.size === 0)
        return fail(
          intent,
          { ok: false, values, fieldErrors: { file: message('case.problem.empty') } },
          400,
        );
      if (file.size > MAX_UPLOAD_BYTES)
        return fail(
          intent,
          { ok: false, values, fieldErrors: { file: message('case.problem.too_large') } },
          400,
        );
      const contentBase64 = Buffer.from(await file.arrayBuffer()).toString('base64');
      return call(
        intent,
        () =>
          caller.attachment.upload({
            tenantSlug,
            caseId,
            expectedVersion,
            fileName: file.name,
            contentBase64,
          }),
        message('case.notice.uploaded', { name: file.name }),
        {
          fieldOf: (path) => (path === 'contentBase64' || path === 'fileName' ? 'file' : undefined),
        },
      );
    }
    default:
      throw data(null, { status: 400 });
  }

  async function agreementAction() {
    let termCount = termCountOf(form);
    let termValues = values;
    if (rawIntent === 'agreement:addTerm' || rawIntent.startsWith('agreement:removeTerm:')) {
      const removal = /^agreement:removeTerm:(\d+)$/.exec(rawIntent);
      if (removal && termCount > 1) {
        termValues = withoutTerm(values, Number(removal[1]), termCount);
        termCount -= 1;
      } else if (!removal && termCount < MAX_TERMS) termCount += 1;
      return data<CaseActionResult>({
        ok: false,
        intent: 'agreement',
        values: termValues,
        termCount,
        revision,
      });
    }
    const fieldErrors: Record<string, Message> = {};
    const terms = Array.from({ length: termCount }, (_, index) => {
      const amountText = values[`terms.${index}.amount`] ?? '';
      const amountFen = amountText ? yuanToFen(amountText) : undefined;
      if (amountFen === null) fieldErrors[`terms.${index}.amount`] = message('case.problem.amount');
      const dueDate = values[`terms.${index}.dueDate`] ?? '';
      return {
        text: values[`terms.${index}.text`] ?? '',
        ...(amountFen !== undefined && amountFen !== null ? { amountFen } : {}),
        ...(dueDate ? { dueDate } : {}),
      };
    });
    if (Object.keys(fieldErrors).length > 0)
      return fail('agreement', { ok: false, values, fieldErrors }, 400, { termCount });
    const kind = values.kind === 'oral' ? 'oral' : 'written';
    const optionalValue = (name: string) => (values[name] ? { [name]: values[name] } : {});
    const fieldOf = (path: string) => {
      if (/^terms\.\d+\.amountFen$/.test(path)) return path.replace(/amountFen$/, 'amount');
      if (/^terms\.\d+\.(text|dueDate)$/.test(path)) return path;
      if (path === 'terms') return 'terms.0.text';
      return [
        'kind',
        'facts',
        'issues',
        'responsibilities',
        'performanceManner',
        'performanceTime',
        'performancePlace',
        'performanceDeadline',
        'signedOn',
      ].includes(path)
        ? path
        : undefined;
    };
    return call(
      'agreement',
      () =>
        caller.agreement.create({
          tenantSlug,
          caseId,
          expectedVersion: Number(values.expectedVersion),
          kind,
          facts: values.facts ?? '',
          issues: values.issues ?? '',
          terms,
          performanceManner: values.performanceManner ?? '',
          signedOn: values.signedOn ?? '',
          ...optionalValue('responsibilities'),
          ...optionalValue('performanceTime'),
          ...optionalValue('performancePlace'),
          ...optionalValue('performanceDeadline'),
        }),
      message('case.notice.agreementRecorded'),
      { fieldOf, termCount },
    );
  }
}
