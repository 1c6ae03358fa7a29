import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@whistle/auth';
import {
  ChainView,
  CreateChainDto,
  CreateDepartmentDto,
  CreateEnterpriseDto,
  CreateUserDto,
  DepartmentView,
  EnterpriseView,
  OrganisationService,
  toUserView,
  UserView,
} from '@whistle/organisation';

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
  createChain(@Body() dto: CreateChainDto): Promise<ChainView> {
    return this.organisation.createChain(dto);
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
  createDepartment(@Body() dto: CreateDepartmentDto): Promise<DepartmentView> {
    return this.organisation.createDepartment(dto);
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
  createEnterprise(@Body() dto: CreateEnterpriseDto): Promise<EnterpriseView> {
    return this.organisation.createEnterprise(dto);
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
  async createUser(@Body() dto: CreateUserDto): Promise<UserView> {
    return toUserView(await this.organisation.createUser(dto));
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
}
