import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type Actor, UnauthenticatedError } from '@whistle/common';
import { DUMMY_HASH, OrganisationService, PasswordHasher, toUserView } from '@whistle/organisation';
import type { ChangePasswordDto, LoginDto, LoginResponse, MeView } from './auth.dto.js';
import { LoginLock } from './login-lock.js';

interface TokenClaims {
  sub: string;
  role: string;
  /** The account's token version when the token was issued (absent in tokens from before versions: 0). */
  ver?: number;
}

/** The signed-in caller, and whether a one-time password must be changed before anything else. */
export type AuthenticatedActor = Actor & { mustChangePassword: boolean };

@Injectable()
export class AuthService {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly lock: LoginLock,
  ) {}

  /**
   * One answer for a wrong password, an unknown username and a retired account, after the same
   * work (a password hash is always verified); a locked username answers 429 whether an
   * account of that name exists or not.
   */
  async login(dto: LoginDto): Promise<LoginResponse> {
    await this.lock.refuseIfLocked(dto.username);
    const user = await this.organisation.findUserByUsername(dto.username);
    const valid = await this.hasher.verify(user?.passwordHash ?? DUMMY_HASH, dto.password).catch(() => false);
    if (!user || !valid || !user.active) {
      await this.lock.failed(dto.username);
      throw new UnauthenticatedError('wrong username or password');
    }
    await this.lock.succeeded(dto.username);
    const claims: TokenClaims = { sub: user.id, role: user.role, ver: user.tokenVersion };
    return { accessToken: await this.jwt.signAsync(claims), user: toUserView(user) };
  }

  /** The caller's own account. */
  async me(actor: Actor): Promise<MeView> {
    const user = await this.organisation.findUserById(actor.id);
    if (!user || !user.active) throw new UnauthenticatedError('invalid or expired token');
    const { id, username, role, displayName, chainId, enterpriseId, departmentId, mustChangePassword } = user;
    return { id, username, role, displayName, chainId, enterpriseId, departmentId, mustChangePassword };
  }

  /** Changes the caller's password; the token used for it stops working too (log in again). */
  changePassword(actor: Actor, dto: ChangePasswordDto): Promise<void> {
    return this.organisation.changePassword(actor.id, dto.currentPassword, dto.newPassword);
  }

  /**
   * Resolves a bearer token to the current user. A token stops working at once when its user is
   * retired, or when the account's token version has moved on since it was issued (a password
   * change or reset, a new role or binding, a deactivation).
   */
  async authenticate(token: string): Promise<AuthenticatedActor> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new UnauthenticatedError('invalid or expired token');
    }
    const user = await this.organisation.findUserById(claims.sub);
    if (!user || !user.active || (claims.ver ?? 0) !== user.tokenVersion) throw new UnauthenticatedError('invalid or expired token');
    return {
      id: user.id,
      username: user.username,
      role: user.role,
      chainId: user.chainId,
      enterpriseId: user.enterpriseId,
      departmentId: user.departmentId,
      mustChangePassword: user.mustChangePassword,
    };
  }
}
