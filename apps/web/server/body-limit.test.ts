import { describe, expect, it } from 'vitest';
import { judgeBody } from './body-limit.ts';

describe('judgeBody', () => {
  const limit = 1000;

  it('lets a body up to the limit through', () => {
    expect(judgeBody({ contentLength: '1000', transferEncoding: undefined, limit })).toBe('ok');
    expect(judgeBody({ contentLength: undefined, transferEncoding: undefined, limit })).toBe('ok');
  });

  it('refuses a declared length over the limit', () => {
    expect(judgeBody({ contentLength: '1001', transferEncoding: undefined, limit })).toBe(
      'too_large',
    );
  });

  it('asks for a length when the body is streamed without one', () => {
    expect(judgeBody({ contentLength: undefined, transferEncoding: 'chunked', limit })).toBe(
      'length_required',
    );
  });
});
