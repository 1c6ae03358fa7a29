import type { Type } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, type ApiPropertyOptions, getSchemaPath } from '@nestjs/swagger';

/**
 * A property holding an object of `model` or null. OpenAPI 3.0 ignores `nullable` beside a
 * `$ref`, and strictly read it does not let null through `allOf: [{$ref}]` either (the `$ref`'s
 * `type: object` still applies), so null is a branch of its own: `oneOf: [{$ref}, {enum: [null]}]`.
 * openapi-typescript reads it as `Model | null`.
 */
export function ApiNullableProperty(model: Type<unknown>, options: Omit<ApiPropertyOptions, 'type' | 'nullable' | 'oneOf'> = {}): PropertyDecorator {
  return (target, key) => {
    ApiExtraModels(model)(target.constructor);
    ApiProperty({ ...options, type: undefined, oneOf: [{ $ref: getSchemaPath(model) }, { enum: [null] }] } as ApiPropertyOptions)(target, key);
  };
}

/**
 * `@ApiProperty` options of an enum that may be null: OpenAPI 3.0 wants null among the values
 * as well as `nullable` (the enum alone would refuse it).
 */
export function nullableEnum(values: readonly string[], options: Omit<ApiPropertyOptions, 'type' | 'enum' | 'nullable'> = {}): ApiPropertyOptions {
  return { ...options, type: String, enum: [...values, null], nullable: true } as ApiPropertyOptions;
}

export class FieldErrorView {
  @ApiProperty({ example: 'title', description: 'The offending field, dotted for nested ones; `body` for the body as a whole' })
  field!: string;

  @ApiProperty({ type: [String] })
  messages!: string[];
}

/**
 * The body of every error answer (4xx, 503): DomainExceptionFilter writes `{statusCode, error,
 * message, ...details}`; errors Nest or Express raise themselves (a body too large, a charset
 * not understood, throttling) carry at least `statusCode` and `message`.
 */
export class ErrorResponse {
  @ApiProperty({ example: 409 })
  statusCode!: number;

  @ApiProperty({ required: false, example: 'invalid_state', description: 'The error code: invalid_input, unauthenticated, forbidden, not_found, invalid_state, conflict, too_many_attempts, too_large, unsupported_type, unavailable' })
  error?: string;

  @ApiProperty({ example: 'rate is not possible while the ticket is in_progress' })
  message!: string;

  @ApiProperty({ type: [FieldErrorView], required: false, description: '400: every field that is wrong' })
  errors?: FieldErrorView[];

  @ApiProperty({ required: false, description: '409 on a ticket action: the state the ticket is in now', example: 'in_progress' })
  state?: string;

  @ApiProperty({ type: [String], required: false, description: '409 on a ticket action: what the caller may do now' })
  availableActions?: string[];

  @ApiProperty({ required: false, example: 'password_change_required', description: 'A finer reason where one status covers several' })
  code?: string;

  @ApiProperty({ required: false, type: String, format: 'date-time', description: '429 too_many_attempts: until when the username is locked' })
  lockedUntil?: string;

  @ApiProperty({ required: false, example: 'active', description: '409 that concerns one field (the last active administrator: active)' })
  field?: string;

  @ApiProperty({ required: false, example: 20971520, description: '413 too_large: the bytes allowed; 409 on an attachment: the files an order may hold' })
  limit?: number;
}
