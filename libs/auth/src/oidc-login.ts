import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, type OidcSettings } from '@whistle/config';
import { OrganisationService } from '@whistle/organisation';
import { createHmac } from 'node:crypto';
import * as oidc from 'openid-client';
import { AuthService } from './auth.service.js';
import { resolveJwtSecret } from './jwt-secret.js';

/** The cookie that carries a login's state, nonce and PKCE verifier from the start to the callback. */
export const OIDC_COOKIE = 'whistle_oidc';
/** A login left at the provider longer than this starts again. */
const LOGIN_TTL_SECONDS = 600;

/** Why a single sign-on did not end in a session; the console says it in words (login page). */
export type OidcFailure = 'not_configured' | 'failed' | 'no_account';

export class OidcLoginError extends Error {
  constructor(
    readonly reason: OidcFailure,
    detail: string,
  ) {
    super(detail);
  }
}

interface LoginState {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
  redirectUri: string;
}

/**
 * Single sign-on through the park's identity provider (统一身份认证), OpenID Connect's
 * authorization code flow with PKCE, by openid-client. `start` sends the browser to the provider
 * with a fresh state, nonce and code verifier, kept in a short-lived cookie signed with a key of
 * its own (derived from the JWT secret, so a login cookie is never an access token); `finish`
 * exchanges the code, checks state, nonce and the ID token, and maps the configured claim
 * (`OIDC_USERNAME_CLAIM`) to an active user here. Nobody is created: an account must exist.
 * The provider is asked for its metadata at the first login, not at start, so the service
 * starts while the provider is down.
 */
@Injectable()
export class OidcLogin {
  private readonly logger = new Logger(OidcLogin.name);
  private discovered: Promise<oidc.Configuration> | null = null;
  private cookieKey: Promise<Buffer> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly auth: AuthService,
    private readonly organisation: OrganisationService,
  ) {}

  get enabled(): boolean {
    return this.config.oidc !== null;
  }

  /** The provider's authorization URL for a new login, and the cookie to set. */
  async start(requestOrigin: string, returnTo: string | undefined): Promise<{ url: string; cookie: string }> {
    const settings = this.settings();
    const configuration = await this.configuration(settings);
    const login: LoginState = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      returnTo: safeReturn(returnTo),
      redirectUri: settings.redirectUri ?? `${requestOrigin}/api/auth/oidc/callback`,
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: login.redirectUri,
      scope: settings.scope,
      state: login.state,
      nonce: login.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(login.verifier),
      code_challenge_method: 'S256',
    });
    const cookie = await this.jwt.signAsync({ ...login }, { secret: await this.key(), expiresIn: LOGIN_TTL_SECONDS });
    return { url: url.href, cookie };
  }

  /** Ends a login at the callback: the session for the user the provider vouched for. */
  async finish(currentUrl: URL, cookie: string | undefined): Promise<{ accessToken: string; returnTo: string; username: string }> {
    const settings = this.settings();
    let login: LoginState;
    try {
      login = await this.jwt.verifyAsync<LoginState>(cookie ?? '', { secret: await this.key() });
    } catch {
      throw new OidcLoginError('failed', 'the login was not started here, or took longer than 10 minutes');
    }
    const configuration = await this.configuration(settings);
    // The callback as the provider was told it (a proxy in front may have changed host or scheme).
    const callback = new URL(login.redirectUri);
    callback.search = currentUrl.search;
    let claims: Record<string, unknown>;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: login.verifier,
        expectedState: login.state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      claims = (tokens.claims() ?? {}) as Record<string, unknown>;
      // Many providers put only `sub` in the ID token and the profile behind the UserInfo endpoint.
      if (claims[settings.usernameClaim] === undefined && typeof claims.sub === 'string') {
        claims = { ...(await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub)), ...claims };
      }
    } catch (error) {
      this.logger.warn(`single sign-on refused: ${(error as Error).message}`);
      throw new OidcLoginError('failed', (error as Error).message);
    }
    const username = claims[settings.usernameClaim];
    if (typeof username !== 'string' || username === '') {
      throw new OidcLoginError('no_account', `the ID token has no ${settings.usernameClaim} claim`);
    }
    const user = await this.organisation.findUserByUsername(username);
    if (!user || !user.active) throw new OidcLoginError('no_account', `no active user ${username}`);
    this.logger.log(`single sign-on of ${username} (sub ${String(claims.sub)})`);
    return { accessToken: await this.auth.issue(user, 'oidc'), returnTo: login.returnTo, username };
  }

  private settings(): OidcSettings {
    if (!this.config.oidc) throw new OidcLoginError('not_configured', 'single sign-on is not configured (OIDC_ISSUER)');
    return this.config.oidc;
  }

  /** The provider's metadata, fetched once; a failure is retried at the next login. */
  private configuration(settings: OidcSettings): Promise<oidc.Configuration> {
    this.discovered ??= oidc
      .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
        // Plain HTTP only for a provider on this machine (a test's, a developer's).
        execute: isLoopback(settings.issuer) ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((error: Error) => {
        this.discovered = null;
        this.logger.warn(`the identity provider ${settings.issuer} did not answer its discovery: ${error.message}`);
        throw new OidcLoginError('failed', `the identity provider did not answer: ${error.message}`);
      });
    return this.discovered;
  }

  private key(): Promise<Buffer> {
    this.cookieKey ??= resolveJwtSecret(this.config.jwt.secret, this.config.database.dataDir).then((secret) =>
      createHmac('sha256', secret).update('whistle oidc login state').digest(),
    );
    return this.cookieKey;
  }
}

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/** Only a path of this site: never another origin (`//evil`, `https://…`), never the API. */
export function safeReturn(path: string | undefined): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\') || path.startsWith('/api/')) return '/';
  return path;
}
