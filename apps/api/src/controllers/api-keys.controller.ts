import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@whistle/auth';
import type { Actor } from '@whistle/common';
import { ApiKeysService, ApiKeyView, CreateApiKeyDto, CreatedApiKeyView } from '@whistle/open311';
import { IdParam } from './id-param.js';

@ApiTags('api-keys')
@ApiBearerAuth()
@Roles('admin')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  @ApiOperation({
    summary: 'Issue an API key for the Open311 facade (admin)',
    description:
      'Bound to one enterprise (it places as that enterprise) or to one chain (as its service commissioner, naming the enterprise in account_id). ' +
      'The key is in this answer only; it acts through an account made with it, named after it.',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyView> {
    return this.keys.create(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: 'The API keys (admin)', description: 'Revoked ones too, oldest first, with their first characters and when they were last used (to the minute); never the key.' })
  @ApiOkResponse({ type: [ApiKeyView] })
  list(): Promise<ApiKeyView[]> {
    return this.keys.list();
  }

  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an API key (admin)', description: 'At once: the next request with it is refused (403); its account is retired. The key stays listed, revoked.' })
  @ApiOkResponse({ type: ApiKeyView })
  @ApiNotFoundResponse({ description: 'No key has this id' })
  revoke(@CurrentActor() actor: Actor, @IdParam('an API key') id: string): Promise<ApiKeyView> {
    return this.keys.revoke(actor, id);
  }
}
