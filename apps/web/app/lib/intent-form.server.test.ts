import { TRPCError } from '@trpc/server';
import { describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../context.server.ts';
import { intentFailure, readIntentForm } from './intent-form.server.ts';

const app = {
  requestId: 'req-12345678',
  logger: { error: vi.fn() },
} as unknown as AppContext;

function post(fields: Record<string, string>) {
  return new Request('http://localhost/t/demo/centre', {
    method: 'POST',
    body: new URLSearchParams(fields),
  });
}

describe('readIntentForm', () => {
  it('reads the intent and the fields as trimmed text', async () => {
    const { form, intent, text } = await readIntentForm(
      post({ intent: 'createRoom', name: '  第一调解室 ' }),
      ['createRoom', 'updateRoom'],
    );
    expect(intent).toBe('createRoom');
    expect(text('name')).toBe('第一调解室');
    expect(text('missing')).toBe('');
    expect(form.get('name')).toBe('  第一调解室 ');
  });

  it('refuses an intent none of the page’s forms posts as a bad request', async () => {
    await expect(readIntentForm(post({ intent: 'dropTable' }), ['createRoom'])).rejects.toEqual(
      expect.objectContaining({ init: expect.objectContaining({ status: 400 }) }),
    );
  });
});

describe('intentFailure', () => {
  it('tags the failure with its intent and row, with the status of the refusal', () => {
    const cause = Object.assign(new Error('CONFLICT'), { details: { reason: 'NAME_TAKEN' } });
    const error = new TRPCError({ code: 'CONFLICT', message: 'CONFLICT', cause });
    const response = intentFailure(app, error, {
      intent: 'updateRoom',
      target: 'room-1',
      values: { name: '第一调解室' },
      reasonFields: { NAME_TAKEN: 'name' },
    });
    expect(response.init?.status).toBe(409);
    expect(response.data).toMatchObject({
      ok: false,
      intent: 'updateRoom',
      target: 'room-1',
      values: { name: '第一调解室' },
      fieldErrors: { name: { key: 'error.reason.NAME_TAKEN' } },
    });
  });

  it('leaves the row out when there is none', () => {
    const error = new TRPCError({ code: 'NOT_FOUND', message: 'NOT_FOUND' });
    const response = intentFailure(app, error, { intent: 'createRoom' });
    expect(response.init?.status).toBe(404);
    expect(response.data).not.toHaveProperty('target');
    expect(response.data).toMatchObject({ intent: 'createRoom', formError: expect.anything() });
  });
});
