import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@whistle/auth';
import { MetaView } from './meta.dto.js';
import { MetaService } from './meta.service.js';

@ApiTags('meta')
@Controller('meta')
export class MetaController {
  constructor(private readonly meta: MetaService) {}

  @Public()
  @Get()
  @ApiOperation({
    summary: 'The deployment: version, time zone, default deadlines (no token needed)',
    description: 'Read by the console before login: times are shown in `timeZone` (SLA_TIMEZONE), countdowns corrected by `serverTime`.',
  })
  @ApiOkResponse({ type: MetaView })
  get(): MetaView {
    return this.meta.meta();
  }
}
