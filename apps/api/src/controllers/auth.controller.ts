import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AuthService, CurrentActor, LoginDto, LoginResponse, MeView, Public } from '@whistle/auth';
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
      'username or password (the same answer for both); 429 after THROTTLE_LOGIN_LIMIT attempts a minute from one ' +
      'address.',
  })
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address (THROTTLE_LOGIN_LIMIT a minute)' })
  login(@Body() dto: LoginDto): Promise<LoginResponse> {
    return this.auth.login(dto);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'The caller: who is signed in, with the role and its bindings',
    description: 'What the console reads after login and on every reload: the role decides the menu, the bindings (chain, enterprise, department) the defaults of its forms.',
  })
  @ApiOkResponse({ type: MeView })
  me(@CurrentActor() actor: Actor): Promise<MeView> {
    return this.auth.me(actor);
  }
}
