import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@whistle/auth';
import type { Actor } from '@whistle/common';
import { DirectoryService, DirectoryView } from '@whistle/organisation';

@ApiTags('directory')
@ApiBearerAuth()
@Controller('directory')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get()
  @ApiOperation({
    summary: 'The names behind the ids the caller meets: chains, departments, enterprises, leaders in charge, evaluation scorers',
    description:
      'For every role, scoped to what it may know: every chain, department and leader in charge; the enterprises whose orders the caller may see ' +
      '(its own; its chain’s; all for departments, leaders, all-chain supervisors and admins); for a dispatcher (and an admin) the users who may score its evaluations. ' +
      'The admin-only collections (GET /api/users, …) stay admin-only.',
  })
  @ApiOkResponse({ type: DirectoryView })
  get(@CurrentActor() actor: Actor): Promise<DirectoryView> {
    return this.directory.directory(actor);
  }
}
