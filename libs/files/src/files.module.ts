import { Inject, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@whistle/config';
import { join } from 'node:path';
import { DiskFileStore, FileStore } from './file-store.js';
import { AttachmentFinder } from './attachment.rows.js';
import { AttachmentIntake } from './intake.js';
import { Staging } from './staging.js';

/** A part in the staging area this old is left over from a process killed mid-upload. */
const STALE_UPLOAD_MS = 24 * 60 * 60 * 1000;

/** Attachments' bytes: the content-addressed store and the staging area, under `DATA_DIR/files`. */
@Module({
  providers: [
    { provide: FileStore, inject: [AppConfig], useFactory: (config: AppConfig) => new DiskFileStore(join(config.database.dataDir, 'files')) },
    { provide: Staging, inject: [AppConfig], useFactory: (config: AppConfig) => new Staging(join(config.database.dataDir, 'files', '.staging')) },
    AttachmentIntake,
    AttachmentFinder,
  ],
  exports: [FileStore, Staging, AttachmentIntake, AttachmentFinder],
})
export class FilesModule implements OnApplicationBootstrap {
  private readonly logger = new Logger('Files');

  constructor(@Inject(Staging) private readonly staging: Staging) {}

  async onApplicationBootstrap(): Promise<void> {
    const removed = await this.staging.sweep(STALE_UPLOAD_MS);
    if (removed > 0) this.logger.log(`removed ${removed} upload(s) a stopped process left unfinished`);
  }
}
