import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@whistle/auth';
import type { Actor } from '@whistle/common';
import { CatalogueItemView, CatalogueQuery, CatalogueService, CreateCatalogueItemDto, UpdateCatalogueItemDto } from '@whistle/organisation';

@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('catalogue')
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get()
  @ApiOperation({
    summary: 'The service catalogue (服务清单): what enterprises can order',
    description:
      'Every signed-in user, in the published order. An enterprise or a commissioner sees the items of its own chain and ' +
      'those of every chain; others see all, or with `chainId` those a chain’s enterprises see. Retired items only with ' +
      '`includeRetired=true`.',
  })
  @ApiOkResponse({ type: [CatalogueItemView] })
  list(@CurrentActor() actor: Actor, @Query() query: CatalogueQuery): Promise<CatalogueItemView[]> {
    return this.catalogue.list(actor, query);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Add an item to the service catalogue (admin)',
    description: 'For every chain, or one (`chainId`). 409 when the code is taken; 400 naming a field that is wrong, a retired chain or department.',
  })
  @ApiCreatedResponse({ type: CatalogueItemView })
  @ApiConflictResponse({ description: 'The code is taken' })
  create(@Body() dto: CreateCatalogueItemDto, @CurrentActor() actor: Actor): Promise<CatalogueItemView> {
    return this.catalogue.create(dto, actor);
  }

  @Patch(':code')
  @Roles('admin')
  @ApiOperation({
    summary: 'Change or retire a catalogue item (admin)',
    description:
      'The fields of the POST body but the code, and `retired`: a retired item is offered no more and no new order may ' +
      'name it; the orders that do keep it, and it is never deleted. Orders already placed keep their category.',
  })
  @ApiOkResponse({ type: CatalogueItemView })
  @ApiNotFoundResponse({ description: 'No item has this code' })
  update(@Param('code') code: string, @Body() dto: UpdateCatalogueItemDto, @CurrentActor() actor: Actor): Promise<CatalogueItemView> {
    return this.catalogue.update(code, dto, actor);
  }
}
