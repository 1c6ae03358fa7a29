import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiForbiddenResponse } from '@nestjs/swagger';
import type { Actor, Role } from '@whistle/common';

export const IS_PUBLIC = 'whistle:public';
export const WHILE_PASSWORD_CHANGE = 'whistle:while-password-change';
export const ROLES_KEY = 'whistle:roles';

/** The route needs no bearer token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The route answers a user who must first change a one-time password (the rest answer 403). */
export const AllowedBeforePasswordChange = () => SetMetadata(WHILE_PASSWORD_CHANGE, true);

/** Only these roles may call the route; others get 403 (and the OpenAPI document says so). */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiForbiddenResponse({ description: `Only ${roles.join(', ')} may call this` }));

export interface AuthenticatedRequest {
  actor?: Actor;
  /** Set by the guard: this session must change a one-time password before anything else. */
  passwordChangeRequired?: boolean;
}

/** The signed-in caller, as the guard resolved it. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});

/** Whether this session must change a one-time password first (false after a single sign-on). */
export const PasswordChangeRequired = createParamDecorator(
  (_data: unknown, context: ExecutionContext): boolean => context.switchToHttp().getRequest<AuthenticatedRequest>().passwordChangeRequired === true,
);
