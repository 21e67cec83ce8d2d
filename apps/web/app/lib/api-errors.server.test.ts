import { TRPCError } from '@trpc/server';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { AppContext } from '../context.server.ts';
import { formFailure, readApiError, tenantErrorResponse } from './api-errors.server.ts';

const app = {
  requestId: 'req-12345678',
  logger: { error: vi.fn() },
} as unknown as AppContext;

function coded(code: string, cause?: unknown) {
  return new TRPCError({ code: 'BAD_REQUEST', message: code, cause });
}

describe('readApiError', () => {
  it('reads the stable code and the details of an API error', () => {
    const cause = Object.assign(new Error('CONFLICT'), { details: { reason: 'LAST_ADMIN' } });
    expect(readApiError(coded('CONFLICT', cause))).toEqual({
      code: 'CONFLICT',
      details: { reason: 'LAST_ADMIN' },
      issues: [],
    });
  });

  it('takes the wait of THROTTLED from the auth error', () => {
    const cause = Object.assign(new Error('THROTTLED'), {
      code: 'THROTTLED',
      retryAfterSeconds: 42,
    });
    expect(readApiError(coded('THROTTLED', cause))?.details).toEqual({ retryAfterSeconds: 42 });
  });

  it('reads zod issues of input validation', () => {
    const parsed = z.object({ login: z.string().min(3) }).safeParse({ login: 'a' });
    const error = new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });
    expect(readApiError(error)?.issues[0]).toMatchObject({ code: 'too_small', path: ['login'] });
  });

  it('is null for errors that are not the API’s', () => {
    expect(readApiError(new Error('connection refused'))).toBeNull();
    expect(
      readApiError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'INTERNAL' })),
    ).toBeNull();
  });
});

describe('formFailure', () => {
  it('puts validation issues beside their fields', () => {
    const parsed = z
      .object({ login: z.string().min(3), displayName: z.string().min(1) })
      .safeParse({ login: 'a', displayName: '' });
    const failure = formFailure(app, new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error }), {
      values: { login: 'a' },
    });
    expect(failure).toEqual({
      ok: false,
      values: { login: 'a' },
      fieldErrors: {
        login: { key: 'form.error.tooShort', params: { min: 3 } },
        displayName: { key: 'form.error.required' },
      },
    });
  });

  it('gives a code its field when told, else the form', () => {
    expect(
      formFailure(app, coded('LOGIN_INVALID'), { codeFields: { LOGIN_INVALID: 'login' } }),
    ).toMatchObject({
      fieldErrors: { login: { key: 'error.code.LOGIN_INVALID' } },
    });
    expect(formFailure(app, coded('SOMETHING_NEW'))).toMatchObject({
      formError: { key: 'error.code.UNKNOWN' },
    });
    const lastAdmin = coded(
      'CONFLICT',
      Object.assign(new Error(), { details: { reason: 'LAST_ADMIN' } }),
    );
    expect(formFailure(app, lastAdmin).formError).toEqual({ key: 'error.lastAdmin' });
  });

  it('words a refusal by its reason, beside the field the reason belongs to', () => {
    const taken = coded(
      'CONFLICT',
      Object.assign(new Error(), { details: { reason: 'SLUG_TAKEN' } }),
    );
    expect(formFailure(app, taken).formError).toEqual({
      key: 'error.reason.SLUG_TAKEN',
      params: { reason: 'SLUG_TAKEN' },
    });
    expect(formFailure(app, taken, { reasonFields: { SLUG_TAKEN: 'slug' } })).toMatchObject({
      fieldErrors: { slug: { key: 'error.reason.SLUG_TAKEN' } },
    });
    const inUse = coded(
      'CONFLICT',
      Object.assign(new Error(), { details: { reason: 'COMMITTEE_IN_USE', categories: 2 } }),
    );
    expect(formFailure(app, inUse).formError?.params).toMatchObject({ categories: 2 });
  });

  it('gives a field the reason of a VALIDATION_FAILED that names it', () => {
    const outside = coded(
      'VALIDATION_FAILED',
      Object.assign(new Error(), {
        details: { field: 'holidays', reason: 'DATE_OUTSIDE_YEAR', date: '2026-12-31' },
      }),
    );
    expect(formFailure(app, outside).fieldErrors?.holidays).toMatchObject({
      key: 'error.reason.DATE_OUTSIDE_YEAR',
      params: { date: '2026-12-31' },
    });
  });

  it('uses the reason a schema put in an issue, and nested paths when told how', () => {
    const parsed = z
      .object({ value: z.object({ code: z.string().regex(/^\d+$/, 'DIVISION_CODE_SHAPE') }) })
      .safeParse({ value: { code: 'x' } });
    const error = new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });
    expect(
      formFailure(app, error, { issueField: (path) => (path[1] === 'code' ? 'code' : undefined) }),
    ).toMatchObject({ fieldErrors: { code: { key: 'error.reason.DIVISION_CODE_SHAPE' } } });
  });

  it('turns unexpected errors into a 500 with the request id, logged', () => {
    let thrown: unknown;
    try {
      formFailure(app, new Error('boom'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ data: { requestId: 'req-12345678' }, init: { status: 500 } });
    expect(app.logger.error).toHaveBeenCalled();
  });
});

describe('tenantErrorResponse', () => {
  const request = new Request('http://localhost/t/qingxi/members?x=1');

  it('makes another tenant and a missing one the same 404', () => {
    expect(tenantErrorResponse(request, app, coded('NOT_FOUND'))).toMatchObject({
      init: { status: 404 },
    });
  });

  it('sends a person without the required second factor to set it up and back', () => {
    const response = tenantErrorResponse(
      request,
      app,
      coded('TWO_FACTOR_ENROLMENT_REQUIRED'),
    ) as Response;
    expect(response.headers.get('Location')).toBe(
      '/account/two-factor?redirectTo=%2Ft%2Fqingxi%2Fmembers%3Fx%3D1',
    );
  });

  it('brings a client-side navigation back to the page, not to its data URL', () => {
    const navigation = new Request('http://localhost/t/qingxi/members.data?x=1&_routes=root');
    const response = tenantErrorResponse(navigation, app, coded('UNAUTHENTICATED')) as Response;
    expect(response.headers.get('Location')).toBe(
      '/sign-in?redirectTo=%2Ft%2Fqingxi%2Fmembers%3Fx%3D1',
    );
    const index = new Request('http://localhost/_root.data');
    const home = tenantErrorResponse(index, app, coded('UNAUTHENTICATED')) as Response;
    expect(home.headers.get('Location')).toBe('/sign-in');
  });

  it('sends a signed-out person to sign in and back', () => {
    const response = tenantErrorResponse(request, app, coded('UNAUTHENTICATED')) as Response;
    expect(response.headers.get('Location')).toBe(
      '/sign-in?redirectTo=%2Ft%2Fqingxi%2Fmembers%3Fx%3D1',
    );
  });
});
