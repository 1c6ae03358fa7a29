import { Module } from '@nestjs/common';
import { OrganisationModule } from '@whistle/organisation';
import { TicketsModule } from '@whistle/tickets';
import { ApiKeysService } from './api-keys.service.js';
import { Open311Facade } from './open311.service.js';

/** The Open311 GeoReport v2 facade and the API keys it is called with. */
@Module({
  imports: [OrganisationModule, TicketsModule],
  providers: [ApiKeysService, Open311Facade],
  exports: [ApiKeysService, Open311Facade],
})
export class Open311Module {}
