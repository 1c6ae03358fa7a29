import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  @ApiCreatedResponse({ type: ChainView })
  createChain(@Body() dto: CreateChainDto): Promise<ChainView> {
    return this.organisation.createChain(dto);
  }

  @Get('chains')
  @ApiOkResponse({ type: [ChainView] })
  listChains(): Promise<ChainView[]> {
    return this.organisation.listChains();
  }

  @Post('departments')
  @ApiCreatedResponse({ type: DepartmentView })
  createDepartment(@Body() dto: CreateDepartmentDto): Promise<DepartmentView> {
    return this.organisation.createDepartment(dto);
  }

  @Get('departments')
  @ApiOkResponse({ type: [DepartmentView] })
  listDepartments(): Promise<DepartmentView[]> {
    return this.organisation.listDepartments();
  }

  @Post('enterprises')
  @ApiCreatedResponse({ type: EnterpriseView })
  createEnterprise(@Body() dto: CreateEnterpriseDto): Promise<EnterpriseView> {
    return this.organisation.createEnterprise(dto);
  }

  @Get('enterprises')
  @ApiOkResponse({ type: [EnterpriseView] })
  listEnterprises(): Promise<EnterpriseView[]> {
    return this.organisation.listEnterprises();
  }

  @Post('users')
  @ApiCreatedResponse({ type: UserView })
  async createUser(@Body() dto: CreateUserDto): Promise<UserView> {
    return toUserView(await this.organisation.createUser(dto));
  }

  @Get('users')
  @ApiOkResponse({ type: [UserView] })
  async listUsers(): Promise<UserView[]> {
    return (await this.organisation.listUsers()).map(toUserView);
  }
}
