import type { MessageKey } from '@/lib/i18n';

export type ApiErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'rateLimited'
  | 'unavailable'
  | 'network'
  | 'server';

export interface FieldError {
  field: string;
  messages: string[];
}

/** What the API answered when it refused, in the shape the console acts on. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    readonly body: Record<string, unknown> | null,
  ) {
    super(typeof body?.message === 'string' ? body.message : `${kind} (${status})`);
  }

  static fromResponse(status: number, body: unknown): ApiError {
    const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : null;
    return new ApiError(kindOf(status), status, record);
  }

  static network(): ApiError {
    return new ApiError('network', 0, null);
  }

  /** The fields a 400 names, each with the API's messages. */
  get fieldErrors(): FieldError[] {
    const errors = this.body?.errors;
    if (this.kind !== 'validation' || !Array.isArray(errors)) return [];
    return errors.filter((e): e is FieldError => typeof e?.field === 'string' && Array.isArray(e?.messages));
  }

  /** The state a 409 says the order is in now. */
  get currentState(): string | null {
    return typeof this.body?.state === 'string' ? this.body.state : null;
  }
}

export function kindOf(status: number): ApiErrorKind {
  if (status === 400 || status === 413 || status === 415 || status === 422) return 'validation';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rateLimited';
  if (status === 503) return 'unavailable';
  return 'server';
}

/**
 * What a screen that failed to load tells: a 400 there came from the address (an order id that
 * is not one), not from anything the person typed, so it reads as "not found", with no retry.
 */
export function loadErrorKind(error: ApiError): ApiError['kind'] {
  return error.kind === 'validation' ? 'notFound' : error.kind;
}

/** The sentence for a screen that failed to load (see loadErrorKind). */
export function loadErrorKey(error: ApiError, subject: 'ticket' | 'other' = 'other'): MessageKey {
  return loadErrorKind(error) === 'notFound' ? notFoundKey(subject) : errorMessageKey(error, subject);
}

const notFoundKey = (subject: 'ticket' | 'other'): MessageKey => (subject === 'ticket' ? 'error.notFound' : 'error.notFoundPlain');

/** The sentence a person reads for an error that no field takes. */
export function errorMessageKey(error: ApiError, subject: 'ticket' | 'other' = 'other'): MessageKey {
  switch (error.kind) {
    case 'validation':
      return 'error.validation';
    case 'forbidden':
      return 'error.forbidden';
    case 'notFound':
      return notFoundKey(subject);
    case 'conflict':
      return error.currentState ? 'error.conflict' : 'error.conflictPlain';
    case 'rateLimited':
      return 'error.rateLimited';
    case 'unavailable':
      return 'error.unavailable';
    case 'network':
      return 'error.network';
    case 'unauthorized':
      return 'auth.sessionExpired';
    default:
      return 'error.server';
  }
}

/**
 * A 400's fields as Ant Design `form.setFields` wants them: the API names fields with dots
 * (`deadlines.feedback.duration`), the form with paths. Fields the form does not have are left
 * for the message.
 */
export function formFields(error: ApiError, known?: (name: string) => boolean) {
  return error.fieldErrors
    .filter((e) => !known || known(e.field))
    .map((e) => ({ name: e.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)), errors: e.messages }));
}
