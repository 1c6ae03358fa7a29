import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ForbiddenError, type Role, UnauthenticatedError } from '@whistle/common';
import { type AuthenticatedRequest, IS_PUBLIC, ROLES_KEY, WHILE_PASSWORD_CHANGE } from './auth.decorators.js';
import { AuthService } from './auth.service.js';

/** Global guard: every route needs `Authorization: Bearer <token>` unless marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { headers: Record<string, string | undefined> }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new UnauthenticatedError();
    const { mustChangePassword, ...actor } = await this.auth.authenticate(token);
    if (mustChangePassword && !this.reflector.getAllAndOverride<boolean>(WHILE_PASSWORD_CHANGE, targets)) {
      throw new DomainError('forbidden', 'change the one-time password first (POST /api/auth/password)', { code: 'password_change_required' });
    }
    request.actor = actor;
    request.passwordChangeRequired = mustChangePassword;
    return true;
  }
}

/** Global guard: @Roles(...) on a route or controller limits it to those roles (403 otherwise). */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles) return true;
    const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
    if (!actor || !roles.includes(actor.role)) throw new ForbiddenError(`only ${roles.join(', ')} may do this`);
    return true;
  }
}
