import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';

export interface FieldError {
  field: string;
  messages: string[];
}

/**
 * Flattens nested class-validator errors to `{field: "a.b", messages}`. A value that is not an
 * object at all is the `body`; a property whose name is the empty string is written `""`.
 */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const name = error.property === '' ? '""' : (error.property ?? 'body');
    const field = parent ? `${parent}.${name}` : name;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/** 400 with every offending field named: `{statusCode, error, message, errors: [{field, messages}]}`. */
export function validationException(errors: ValidationError[]): BadRequestException {
  const list = fieldErrors(errors);
  return new BadRequestException({
    statusCode: 400,
    error: 'invalid_input',
    message: list.map((e) => e.messages.join(', ')).join('; '),
    errors: list,
  });
}

/** The one global pipe: transform, strip nothing silently, reject unknown fields. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    exceptionFactory: validationException,
  });
}

/** Validates a plain object (a job payload, say) into `type`, or throws with the offending fields. */
export function validatePlain<T extends object>(type: ClassConstructor<T>, plain: unknown): T {
  const instance = plainToInstance(type, plain);
  const errors = validateSync(instance as object, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    throw new Error(`invalid ${type.name}: ${fieldErrors(errors).map((e) => `${e.field} ${e.messages.join(', ')}`).join('; ')}`);
  }
  return instance;
}
