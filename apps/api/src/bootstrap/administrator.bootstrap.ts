import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@whistle/config';
import { OrganisationService } from '@whistle/organisation';
import { DemoSeeder } from './demo.seed.js';

/** First start with an empty database: create the administrator (and the demo, if asked). */
@Injectable()
export class AdministratorBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    private readonly organisation: OrganisationService,
    private readonly config: AppConfig,
    private readonly demo: DemoSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { username, password } = this.config.admin;
    const result = await this.organisation.ensureAdministrator(username, password);
    if (result.generatedPassword) {
      // Printed once, on the start that created it; it is not stored anywhere in clear.
      this.logger.warn(`created administrator "${username}" with generated password: ${result.generatedPassword}`);
    } else if (result.created) {
      this.logger.log(`created administrator "${username}" with ADMIN_PASSWORD`);
    }
    if (this.config.seedDemo) await this.demo.seed();
  }
}
