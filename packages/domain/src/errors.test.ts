import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';

describe('AppError', () => {
  it('carries a stable code, details and an English log message', () => {
    const error = new AppError('CASE_TRANSITION_NOT_ALLOWED', { status: 'closed', action: 'fail' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AppError');
    expect(error.code).toBe('CASE_TRANSITION_NOT_ALLOWED');
    expect(error.details).toEqual({ status: 'closed', action: 'fail' });
    expect(error.message).toBe('The action is not allowed in the case status');
  });

  it('leaves details undefined when none are given', () => {
    expect(new AppError('INVALID_DATE').details).toBeUndefined();
  });
});
