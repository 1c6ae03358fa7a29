import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@whistle/auth';
import type { Actor } from '@whistle/common';
import {
  ChainView,
  CreateChainDto,
  CreateDepartmentDto,
  CreateEnterpriseDto,
  CreateUserDto,
  DepartmentView,
  EnterpriseView,
  OneTimePasswordView,
  OrganisationService,
  toUserView,
  UpdateChainDto,
  UpdateDepartmentDto,
  UpdateEnterpriseDto,
  UpdateUserDto,
  UserView,
} from '@whistle/organisation';
import { IdParam } from './id-param.js';

const RETIRE = 'Nothing an order or an assessment refers to is ever deleted: `active: false` retires it.';

@ApiTags('organisation')
@ApiBearerAuth()
@Roles('admin')
@Controller()
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  @Post('chains')
  @ApiOperation({
    summary: 'Create an industrial chain (admin)',
    description:
      'An industrial chain (产业链) groups enterprises; its committee (dispatchers) dispatches their orders and its code ' +
      'prefixes their ticket codes. 403 for other roles; 409 when the code is taken; 400 for a missing name or a code ' +
      'that is not 1–32 letters, digits, _ or -.',
  })
  @ApiCreatedResponse({ type: ChainView })
  @ApiConflictResponse({ description: 'The code (or username) is taken' })
  createChain(@Body() dto: CreateChainDto, @CurrentActor() actor: Actor): Promise<ChainView> {
    return this.organisation.createChain(dto, actor);
  }

  @Get('chains')
  @ApiOperation({
    summary: 'List the chains (admin)',
    description:
      'Every chain. 403 for other roles (they find chain names in GET /api/directory).',
  })
  @ApiOkResponse({ type: [ChainView] })
  listChains(): Promise<ChainView[]> {
    return this.organisation.listChains();
  }

  @Post('departments')
  @ApiOperation({
    summary: 'Create a department (admin)',
    description:
      'A functional department (职能部门) that receives dispatched orders; `leaderUserId` names the leader in charge ' +
      '(分管领导), a user with the leader role, who sees its tickets and is told of escalations. 403 for other roles; 409 ' +
      'when the code is taken; 400 for a leader that is not a leader user.',
  })
  @ApiCreatedResponse({ type: DepartmentView })
  @ApiConflictResponse({ description: 'The code (or username) is taken' })
  createDepartment(@Body() dto: CreateDepartmentDto, @CurrentActor() actor: Actor): Promise<DepartmentView> {
    return this.organisation.createDepartment(dto, actor);
  }

  @Get('departments')
  @ApiOperation({
    summary: 'List the departments (admin)',
    description: 'Every department with its leader in charge. 403 for other roles.',
  })
  @ApiOkResponse({ type: [DepartmentView] })
  listDepartments(): Promise<DepartmentView[]> {
    return this.organisation.listDepartments();
  }

  @Post('enterprises')
  @ApiOperation({
    summary: 'Create an enterprise of a chain (admin)',
    description:
      'An enterprise belongs to one chain, as its leader (链主), a core or a member enterprise. 403 for other roles; ' +
      '400 for a chain that does not exist.',
  })
  @ApiCreatedResponse({ type: EnterpriseView })
  createEnterprise(@Body() dto: CreateEnterpriseDto, @CurrentActor() actor: Actor): Promise<EnterpriseView> {
    return this.organisation.createEnterprise(dto, actor);
  }

  @Get('enterprises')
  @ApiOperation({
    summary: 'List the enterprises (admin)',
    description: 'Every enterprise with its chain and tier. 403 for other roles.',
  })
  @ApiOkResponse({ type: [EnterpriseView] })
  listEnterprises(): Promise<EnterpriseView[]> {
    return this.organisation.listEnterprises();
  }

  @Post('users')
  @ApiOperation({
    summary: 'Create a user with a role and its binding (admin)',
    description:
      'The role decides the binding it needs: `enterpriseId` for an enterprise user, `chainId` for a commissioner or ' +
      'dispatcher (optional for a supervisor), `departmentId` for a department user; admins and leaders have none. ' +
      'The password is stored as an Argon2 hash and never returned. 403 for other roles; 409 when the username is ' +
      'taken; 400 for a missing or unknown binding.',
  })
  @ApiCreatedResponse({ type: UserView })
  @ApiConflictResponse({ description: 'The code (or username) is taken' })
  async createUser(@Body() dto: CreateUserDto, @CurrentActor() actor: Actor): Promise<UserView> {
    return toUserView(await this.organisation.createUser(dto, actor));
  }

  @Get('users')
  @ApiOperation({
    summary: 'List the users (admin)',
    description: 'Every user with role and bindings, without passwords. 403 for other roles.',
  })
  @ApiOkResponse({ type: [UserView] })
  async listUsers(): Promise<UserView[]> {
    return (await this.organisation.listUsers()).map(toUserView);
  }

  @Patch('chains/:id')
  @ApiOperation({
    summary: 'Change or retire a chain (admin)',
    description: `Any of name, code and active. ${RETIRE} A retired chain takes no new enterprises or users. 404 for an unknown id; 409 when the code is taken.`,
  })
  @ApiOkResponse({ type: ChainView })
  @ApiNotFoundResponse({ description: 'No such chain' })
  @ApiConflictResponse({ description: 'The code is taken' })
  updateChain(@IdParam('a chain') id: string, @Body() dto: UpdateChainDto, @CurrentActor() actor: Actor): Promise<ChainView> {
    return this.organisation.updateChain(id, dto, actor);
  }

  @Patch('departments/:id')
  @ApiOperation({
    summary: 'Change or retire a department, or name its leader in charge (admin)',
    description:
      `Any of name, code, leaderUserId and active. A new leader in charge takes over the department’s open orders and open ` +
      `rectification orders (their escalations reach the new leader); closed orders keep the leader of their time. ${RETIRE} ` +
      'A retired department is no longer offered for dispatch. 400 for a leader that is not an active leader user; 404; 409.',
  })
  @ApiOkResponse({ type: DepartmentView })
  @ApiNotFoundResponse({ description: 'No such department' })
  @ApiConflictResponse({ description: 'The code is taken' })
  updateDepartment(@IdParam('a department') id: string, @Body() dto: UpdateDepartmentDto, @CurrentActor() actor: Actor): Promise<DepartmentView> {
    return this.organisation.updateDepartment(id, dto, actor);
  }

  @Patch('enterprises/:id')
  @ApiOperation({
    summary: 'Change, move or retire an enterprise (admin)',
    description:
      `Any of name, chainId, tier, address and active. Moved to another chain, the enterprise’s users move with it and its ` +
      `new orders go to that chain’s committee; orders already placed stay with the chain that holds them. ${RETIRE} 400 for ` +
      'an unknown or retired chain; 404.',
  })
  @ApiOkResponse({ type: EnterpriseView })
  @ApiNotFoundResponse({ description: 'No such enterprise' })
  updateEnterprise(@IdParam('an enterprise') id: string, @Body() dto: UpdateEnterpriseDto, @CurrentActor() actor: Actor): Promise<EnterpriseView> {
    return this.organisation.updateEnterprise(id, dto, actor);
  }

  @Patch('users/:id')
  @ApiOperation({
    summary: 'Change or retire a user (admin)',
    description:
      'Any of displayName, role, the bindings (chainId, enterpriseId, departmentId) and active. A new role or binding and a ' +
      'deactivation end every session of the user at once (their tokens answer 401); a retired user cannot log in and ' +
      'receives no notices. A leader who is retired or given another role leaves their departments without a leader in ' +
      'charge: those departments’ escalations go to the chain committee until a new leader is named. 400 for a binding ' +
      'the role needs and lacks, or does not use; 404; 409 for the last active administrator.',
  })
  @ApiOkResponse({ type: UserView })
  @ApiNotFoundResponse({ description: 'No such user' })
  @ApiConflictResponse({ description: 'The last active administrator cannot be retired or demoted' })
  async updateUser(@IdParam('a user') id: string, @Body() dto: UpdateUserDto, @CurrentActor() actor: Actor): Promise<UserView> {
    return toUserView(await this.organisation.updateUser(id, dto, actor));
  }

  @Post('users/:id/reset-password')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Give a user a one-time password (admin)',
    description:
      'Answers the one-time password, once. The user’s sessions end, a login lock is lifted, and at the next login the user ' +
      'must change it before anything else (every other route answers 403 with `code: password_change_required`). 404.',
  })
  @ApiOkResponse({ type: OneTimePasswordView })
  @ApiNotFoundResponse({ description: 'No such user' })
  async resetPassword(@IdParam('a user') id: string, @CurrentActor() actor: Actor): Promise<OneTimePasswordView> {
    return { oneTimePassword: await this.organisation.resetPassword(id, actor) };
  }

  @Post('users/:id/unlock')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Lift the lock that failed logins put on a user (admin)',
    description: 'The username may log in again at once; its count of failed logins starts afresh. 404.',
  })
  @ApiNoContentResponse({ description: 'Unlocked' })
  @ApiNotFoundResponse({ description: 'No such user' })
  unlock(@IdParam('a user') id: string, @CurrentActor() actor: Actor): Promise<void> {
    return this.organisation.unlock(id, actor);
  }
}
