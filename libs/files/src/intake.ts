import { Injectable } from '@nestjs/common';
import { InvalidInputError, TooLargeError, UnsupportedTypeError } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { FileStore } from './file-store.js';
import { cleanName, detectType } from './file-types.js';
import { Staging, type StagedFile } from './staging.js';

/** A received upload as a subject keeps it: its clean name, size, the type read from its bytes, its hash. */
export interface AcceptedFile {
  name: string;
  size: number;
  contentType: string;
  sha256: string;
}

/**
 * Takes an upload from the staging area into the store: refuses it when empty, over
 * ATTACHMENT_MAX_BYTES (413) or of a type not accepted (415, from the bytes, not the name);
 * keeps its bytes by their hash; then lets the caller record it (`record`, its own
 * transaction). The staged file is gone afterwards, whether it was kept or refused.
 */
@Injectable()
export class AttachmentIntake {
  constructor(
    private readonly files: FileStore,
    private readonly staging: Staging,
    private readonly config: AppConfig,
  ) {}

  async take<T>(upload: StagedFile & { originalName: string | undefined }, record: (file: AcceptedFile) => Promise<T>): Promise<T> {
    try {
      const limit = this.config.attachments.maxBytes;
      if (upload.size > limit) throw new TooLargeError('file', limit, 'ATTACHMENT_MAX_BYTES');
      if (upload.size === 0) throw new InvalidInputError('file', 'is empty (0 bytes)');
      const name = cleanName(upload.originalName);
      const detected = await detectType(upload.path, name);
      if ('refused' in detected) throw new UnsupportedTypeError('file', detected.refused);
      await this.files.keep(upload);
      return await record({ name, size: upload.size, contentType: detected.contentType, sha256: upload.sha256 });
    } finally {
      await this.staging.discard(upload);
    }
  }
}
