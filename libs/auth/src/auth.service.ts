import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type Actor, UnauthenticatedError } from '@whistle/common';
import { OrganisationService, PasswordHasher, toUserView } from '@whistle/organisation';
import type { ChangePasswordDto, LoginDto, LoginResponse, MeView } from './auth.dto.js';
import { LoginLock } from './login-lock.js';

interface TokenClaims {
  sub: string;
  role: string;
  /** The account's token version when the token was issued (absent in tokens from before versions: 0). */
  ver?: number;
  /** How the user signed in (RFC 8176): `pwd`, or `oidc` for the park's identity provider. */
  amr?: string[];
}

/** How a session began: with the password here, or through the park's identity provider. */
export type SignInMethod = 'pwd' | 'oidc';

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
    const valid = await this.hasher.verify(user?.passwordHash ?? null, dto.password).catch(() => false);
    if (!user || !valid || !user.active) {
      await this.lock.failed(dto.username);
      throw new UnauthenticatedError('wrong username or password');
    }
    await this.lock.succeeded(dto.username);
    return { accessToken: await this.issue(user, 'pwd'), user: toUserView(user) };
  }

  /** A bearer token for the user, valid until it expires or the account's token version moves on. */
  issue(user: { id: string; role: string; tokenVersion: number }, method: SignInMethod): Promise<string> {
    const claims: TokenClaims = { sub: user.id, role: user.role, ver: user.tokenVersion, amr: [method] };
    return this.jwt.signAsync(claims);
  }

  /** A token and its user, as a login answers them (for the session a single sign-on made). */
  async session(token: string): Promise<LoginResponse> {
    const actor = await this.authenticate(token);
    const user = await this.organisation.findUserById(actor.id);
    if (!user) throw new UnauthenticatedError('invalid or expired token');
    return { accessToken: token, user: { ...toUserView(user), mustChangePassword: actor.mustChangePassword } };
  }

  /** The caller's own account; `mustChangePassword` as the guard decided it for this session. */
  async me(actor: Actor, mustChangePassword: boolean): Promise<MeView> {
    const user = await this.organisation.findUserById(actor.id);
    if (!user || !user.active) throw new UnauthenticatedError('invalid or expired token');
    const { id, username, role, displayName, chainId, enterpriseId, departmentId } = user;
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
    if (typeof claims.sub !== 'string') throw new UnauthenticatedError('invalid or expired token');
    const user = await this.organisation.findUserById(claims.sub);
    if (!user || !user.active || (claims.ver ?? 0) !== user.tokenVersion) throw new UnauthenticatedError('invalid or expired token');
    return {
      id: user.id,
      username: user.username,
      role: user.role,
      chainId: user.chainId,
      enterpriseId: user.enterpriseId,
      departmentId: user.departmentId,
      // Signed in through the identity provider, a person never types the one-time password here.
      mustChangePassword: user.mustChangePassword && !claims.amr?.includes('oidc'),
    };
  }
}
