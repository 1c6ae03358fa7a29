import type { Request } from 'express';
import type { Readable } from 'node:stream';
import { type StagedFile, Staging } from './staging.js';

/** What multer hands the handler for a file this engine received. */
export interface ReceivedFile {
  originalname: string;
  path: string;
  size: number;
  sha256: string;
}

/**
 * A multer storage engine that streams each file into the staging area (hashed and counted on
 * the way). multer stops a file at its `fileSize` limit and calls `_removeFile` for files of a
 * request that failed or was cut off; a stream that errors here removes its own part at once.
 */
export class StagingStorage {
  constructor(
    private readonly staging: Staging,
    private readonly maxBytes: number,
  ) {}

  _handleFile(_req: Request, file: { stream: Readable }, done: (error?: unknown, info?: Partial<ReceivedFile>) => void): void {
    // multer's own fileSize limit (the same) stops the stream first and answers LIMIT_FILE_SIZE; this is the backstop.
    this.staging.receive(file.stream, this.maxBytes).then(
      (staged: StagedFile) => done(null, { path: staged.path, size: staged.size, sha256: staged.sha256 }),
      (error: unknown) => done(error),
    );
  }

  _removeFile(_req: Request, file: { path?: string }, done: (error: Error | null) => void): void {
    if (!file.path) return done(null);
    this.staging.discard({ path: file.path }).then(
      () => done(null),
      (error: Error) => done(error),
    );
  }
}
