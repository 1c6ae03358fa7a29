import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AllowedBeforePasswordChange, AuthService, ChangePasswordDto, CurrentActor, LoginDto, LoginResponse, MeView, Public } from '@whistle/auth';
import type { Actor } from '@whistle/common';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

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
  me(@CurrentActor() actor: Actor): Promise<MeView> {
    return this.auth.me(actor);
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
}
