import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type Actor, UnauthenticatedError } from '@whistle/common';
import { OrganisationService, PasswordHasher, toUserView } from '@whistle/organisation';
import type { LoginDto, LoginResponse, MeView } from './auth.dto.js';

interface TokenClaims {
  sub: string;
  role: string;
}

/** A valid argon2id hash of a random string: unknown usernames cost as much as wrong passwords. */
const DUMMY_HASH = '$argon2id$v=19$m=65536,p=4,t=3$f4rewVd8lFjxTPiWCA5DFg$1d0Fx07pmv3nENAK7d4Mm8vZcYQtstUonoFzvklxcWs';

@Injectable()
export class AuthService {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
  ) {}

  async login(dto: LoginDto): Promise<LoginResponse> {
    const user = await this.organisation.findUserByUsername(dto.username);
    const valid = await this.hasher.verify(user?.passwordHash ?? DUMMY_HASH, dto.password).catch(() => false);
    if (!user || !valid) throw new UnauthenticatedError('wrong username or password');
    const claims: TokenClaims = { sub: user.id, role: user.role };
    return { accessToken: await this.jwt.signAsync(claims), user: toUserView(user) };
  }

  /** The caller's own account. */
  async me(actor: Actor): Promise<MeView> {
    const user = await this.organisation.findUserById(actor.id);
    if (!user) throw new UnauthenticatedError('invalid or expired token');
    const { id, username, role, displayName, chainId, enterpriseId, departmentId } = user;
    return { id, username, role, displayName, chainId, enterpriseId, departmentId, mustChangePassword: false };
  }

  /** Resolves a bearer token to the current user; a deleted user's token stops working. */
  async authenticate(token: string): Promise<Actor> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new UnauthenticatedError('invalid or expired token');
    }
    const user = await this.organisation.findUserById(claims.sub);
    if (!user) throw new UnauthenticatedError('invalid or expired token');
    return {
      id: user.id,
      username: user.username,
      role: user.role,
      chainId: user.chainId,
      enterpriseId: user.enterpriseId,
      departmentId: user.departmentId,
    };
  }
}
