import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  AllowedBeforePasswordChange,
  AuthService,
  ChangePasswordDto,
  CurrentActor,
  LoginDto,
  LoginResponse,
  MeView,
  OIDC_COOKIE,
  OidcLogin,
  OidcLoginError,
  PasswordChangeRequired,
  Public,
} from '@whistle/auth';
import { parse as parseCookies } from 'cookie';
import type { Request, Response } from 'express';

/** The cookies of a single sign-on live under this path only: no other request carries them. */
const OIDC_PATH = '/api/auth/oidc';
/** The session a single sign-on made, for the console to take once (POST /api/auth/oidc/session). */
const SSO_SESSION_COOKIE = 'whistle_sso';
/** What Express writes in a redirect's body ("Found. Redirecting to …"). */
const REDIRECT_BODY = { 'text/plain': { schema: { type: 'string' as const } } };
import { type Actor, UnauthenticatedError } from '@whistle/common';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly oidc: OidcLogin,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Log in with username and password; answers a bearer token and the user',
    description:
      'Anyone may call it. Send the token as `Authorization: Bearer <accessToken>` afterwards. 401 for a wrong ' +
      'username or password, or a retired account (the same answer for all three, after the same work); 429 after ' +
      'THROTTLE_LOGIN_LIMIT attempts a minute from one address, and while the username is locked after ' +
      'LOGIN_LOCK_AFTER failed logins in a row (`error: too_many_attempts`, with `lockedUntil`; whether or not an ' +
      'account of that name exists). A user with a one-time password (`user.mustChangePassword`) must change it first.',
  })
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address, or the username is locked for a while' })
  login(@Body() dto: LoginDto): Promise<LoginResponse> {
    return this.auth.login(dto);
  }

  @Get('me')
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'The caller: who is signed in, with the role and its bindings',
    description: 'What the console reads after login and on every reload: the role decides the menu, the bindings (chain, enterprise, department) the defaults of its forms.',
  })
  @ApiOkResponse({ type: MeView })
  me(@CurrentActor() actor: Actor, @PasswordChangeRequired() mustChangePassword: boolean): Promise<MeView> {
    return this.auth.me(actor, mustChangePassword);
  }

  @Post('password')
  @HttpCode(204)
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change one’s own password (the current one required)',
    description:
      'Any signed-in user, also one who must replace a one-time password. Every token issued before, this one ' +
      'included, answers 401 afterwards: log in again with the new password. 400 naming `currentPassword` when it is ' +
      'wrong, `newPassword` when it is shorter than PASSWORD_MIN_LENGTH, one of the most common passwords, or the ' +
      'current one.',
  })
  @ApiNoContentResponse({ description: 'Changed' })
  @ApiBadRequestResponse({ description: 'The current password is wrong, or the new one may not be used' })
  changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(actor, dto);
  }

  @Public()
  @Get('oidc/login')
  @ApiOperation({
    summary: 'Start a single sign-on at the park’s identity provider (统一身份认证)',
    description:
      'For a browser: answers 302 to the provider’s authorization endpoint (OpenID Connect authorization code flow ' +
      'with PKCE and a nonce), with a short-lived HttpOnly cookie holding the login’s state. The provider sends the ' +
      'browser back to GET /api/auth/oidc/callback. When OIDC_ISSUER is not set, or the provider does not answer, ' +
      'the browser goes back to `/login?sso=not_configured` or `?sso=failed`.',
  })
  @ApiQuery({ name: 'returnTo', required: false, description: 'A path of the console to open after the login (default /)' })
  @ApiFoundResponse({ description: 'To the identity provider (or back to the login page when single sign-on is off or down)', content: REDIRECT_BODY })
  async oidcLogin(@Query('returnTo') returnTo: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const { url, cookie } = await this.oidc.start(`${req.protocol}://${req.get('host')}`, typeof returnTo === 'string' ? returnTo : undefined);
      res.cookie(OIDC_COOKIE, cookie, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: OIDC_PATH, maxAge: 600_000 });
      res.redirect(302, url);
    } catch (error) {
      res.redirect(302, `/login?sso=${error instanceof OidcLoginError ? error.reason : 'failed'}`);
    }
  }

  @Public()
  @Get('oidc/callback')
  @ApiOperation({
    summary: 'Where the identity provider sends the browser back after a single sign-on',
    description:
      'Exchanges the code (with the PKCE verifier), checks the state, the nonce and the ID token, and maps the claim ' +
      'OIDC_USERNAME_CLAIM (default preferred_username) to an active user here; nobody is created. Answers 302 to ' +
      '`/login/sso?returnTo=…` with the new session in an HttpOnly cookie for 60 seconds, which the console takes with ' +
      'POST /api/auth/oidc/session (a token never appears in a URL); or to `/login?sso=no_account` (no active user of ' +
      'that name) or `?sso=failed` (a refused, replayed or expired login).',
  })
  @ApiFoundResponse({ description: 'To the console, with the session or the reason it was refused', content: REDIRECT_BODY })
  async oidcCallback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const cookie = parseCookies(req.headers.cookie ?? '')[OIDC_COOKIE];
    // One use: the login's state goes whatever happens.
    res.clearCookie(OIDC_COOKIE, { path: OIDC_PATH });
    try {
      const { accessToken, returnTo } = await this.oidc.finish(new URL(req.originalUrl, `${req.protocol}://${req.get('host')}`), cookie);
      res.cookie(SSO_SESSION_COOKIE, accessToken, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: OIDC_PATH, maxAge: 60_000 });
      res.redirect(302, `/login/sso?${new URLSearchParams({ returnTo }).toString()}`);
    } catch (error) {
      res.redirect(302, `/login?sso=${error instanceof OidcLoginError ? error.reason : 'failed'}`);
    }
  }

  @Public()
  @Post('oidc/session')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Take the session a single sign-on just made',
    description:
      'The console calls it on /login/sso: answers the bearer token and the user, as POST /api/auth/login does, from ' +
      'the HttpOnly cookie the callback set, and clears it (once). 401 when there is none, or it expired (60 seconds).',
  })
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ description: 'No single sign-on to take' })
  async oidcSession(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    const token = parseCookies(req.headers.cookie ?? '')[SSO_SESSION_COOKIE];
    res.clearCookie(SSO_SESSION_COOKIE, { path: OIDC_PATH });
    if (!token) throw new UnauthenticatedError('no single sign-on to take: start at GET /api/auth/oidc/login');
    return this.auth.session(token);
  }
}
