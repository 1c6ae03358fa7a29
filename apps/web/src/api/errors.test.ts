import { describe, expect, it } from 'vitest';
import { ApiError, errorMessageKey, formFields, kindOf, loadErrorKey, loadErrorKind } from './errors';

describe('error mapping', () => {
  it('names the kind of each status', () => {
    expect([400, 401, 403, 404, 409, 413, 429, 500, 503].map(kindOf)).toEqual([
      'validation', 'unauthorized', 'forbidden', 'notFound', 'conflict', 'validation', 'rateLimited', 'server', 'unavailable',
    ]);
  });

  it('puts a 400 beside the fields it names, dotted names as paths', () => {
    const error = ApiError.fromResponse(400, {
      message: 'score must not be greater than 5',
      errors: [
        { field: 'score', messages: ['score must not be greater than 5'] },
        { field: 'deadlines.feedback.workingDays', messages: ['must be an integer'] },
        { field: 'days.0.date', messages: ['must be a date'] },
      ],
    });
    expect(formFields(error)).toEqual([
      { name: ['score'], errors: ['score must not be greater than 5'] },
      { name: ['deadlines', 'feedback', 'workingDays'], errors: ['must be an integer'] },
      { name: ['days', 0, 'date'], errors: ['must be a date'] },
    ]);
    expect(formFields(error, (name) => name === 'score')).toHaveLength(1);
  });

  it('says what state a 409 found', () => {
    const error = ApiError.fromResponse(409, { message: 'not possible', state: 'in_progress', availableActions: [] });
    expect(error.currentState).toBe('in_progress');
    expect(errorMessageKey(error)).toBe('error.conflict');
    expect(errorMessageKey(ApiError.fromResponse(409, { message: 'taken' }))).toBe('error.conflictPlain');
  });

  it('words a 404 on a ticket as "does not exist or is not yours", and a network failure as such', () => {
    expect(errorMessageKey(ApiError.fromResponse(404, null), 'ticket')).toBe('error.notFound');
    expect(errorMessageKey(ApiError.fromResponse(404, null))).toBe('error.notFoundPlain');
    expect(errorMessageKey(ApiError.network())).toBe('error.network');
    expect(ApiError.network().status).toBe(0);
  });

  it('reads a 400 on a screen that failed to load as "not found" (the address was wrong, nothing typed), other errors as they are', () => {
    const invalid = new ApiError('validation', 400, { message: ['id must be a UUID'] });
    expect(loadErrorKind(invalid)).toBe('notFound');
    expect(loadErrorKey(invalid, 'ticket')).toBe('error.notFound');
    expect(loadErrorKey(invalid)).toBe('error.notFoundPlain');
    expect(errorMessageKey(invalid)).toBe('error.validation');
    const down = new ApiError('unavailable', 503, null);
    expect(loadErrorKind(down)).toBe('unavailable');
    expect(loadErrorKey(down)).toBe('error.unavailable');
  });
});
