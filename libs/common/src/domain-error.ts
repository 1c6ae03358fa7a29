/**
 * Domain errors carry a code, never an HTTP status; DomainExceptionFilter maps codes to
 * statuses at the HTTP edge, and workers log them.
 */
export type DomainErrorCode =
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'invalid_state'
  | 'conflict'
  | 'too_many_attempts'
  | 'too_large'
  | 'unsupported_type'
  | 'unavailable';

export class DomainError extends Error {
  override readonly name: string = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A value the caller sent is wrong; `field` names it. */
export class InvalidInputError extends DomainError {
  constructor(field: string, message: string) {
    super('invalid_input', `${field}: ${message}`, { errors: [{ field, messages: [message] }] });
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('not_found', `${what} not found`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super('forbidden', message);
  }
}

/** Too many failed logins for a username: locked until `lockedUntil`. */
export class TooManyAttemptsError extends DomainError {
  constructor(lockedUntil: Date) {
    super('too_many_attempts', `too many failed logins for this username: try again after ${lockedUntil.toISOString()}, or ask an administrator to unlock it`, {
      lockedUntil: lockedUntil.toISOString(),
    });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'missing or invalid bearer token') {
    super('unauthenticated', message);
  }
}

/** The action is not possible in the current state of the ticket (or of another subject with a workflow). */
export class InvalidStateError extends DomainError {
  constructor(action: string, state: string, availableActions: string[], subject = 'ticket') {
    super('invalid_state', `${action} is not possible while the ${subject} is ${state}`, { state, availableActions });
  }
}

/** A unique value is taken, or a concurrent change won the race. */
export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('conflict', message, details);
  }
}

/** An upload larger than the limit (`field` names the part, `limit` the bytes allowed). */
export class TooLargeError extends DomainError {
  constructor(field: string, limit: number, setting: string) {
    super('too_large', `${field}: larger than ${limit} bytes (${setting})`, { errors: [{ field, messages: [`larger than ${limit} bytes (${setting})`] }], limit });
  }
}

/** An upload whose bytes are not of a type accepted here; `found` says what they are. */
export class UnsupportedTypeError extends DomainError {
  constructor(field: string, found: string) {
    const message = `the bytes are ${found}, which is not accepted (images, PDF, Office and OpenDocument documents, plain text)`;
    super('unsupported_type', `${field}: ${message}`, { errors: [{ field, messages: [message] }] });
  }
}
