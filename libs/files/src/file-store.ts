import { NotFoundError } from '@whistle/common';
import { createReadStream } from 'node:fs';
import { access, link, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { StagedFile } from './staging.js';

/**
 * Where attachments' bytes are kept, addressed by their SHA-256: the same bytes are kept once
 * however often they are attached, and what a hash names cannot change. The disk store below
 * is the one this version ships; an S3-compatible store implements the same three methods
 * (receiving still stages on local disk, which is where the type is read from the bytes).
 */
export abstract class FileStore {
  /** Keeps a staged file under its hash; a no-op when those bytes are kept already. The staged file is gone afterwards. */
  abstract keep(staged: StagedFile): Promise<void>;
  /** The kept bytes; NotFoundError when the store holds nothing under that hash. */
  abstract open(sha256: string): Promise<Readable>;
  abstract has(sha256: string): Promise<boolean>;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** `DATA_DIR/files/ab/cd/abcd…`: two levels of 256 directories keep each directory small. */
export class DiskFileStore extends FileStore {
  constructor(private readonly root: string) {
    super();
  }

  path(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async keep(staged: StagedFile): Promise<void> {
    const target = this.path(staged.sha256);
    await mkdir(dirname(target), { recursive: true });
    try {
      // A hard link fails when the target exists, so two uploads of the same bytes never
      // replace each other's file; the staging area is on the same file system.
      await link(staged.path, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        // No hard links here (some network file systems): a rename is atomic too.
        if ((error as NodeJS.ErrnoException).code !== 'EPERM' && (error as NodeJS.ErrnoException).code !== 'ENOTSUP') throw error;
        if (!(await this.has(staged.sha256))) await rename(staged.path, target);
      }
    }
    await rm(staged.path, { force: true });
  }

  async open(sha256: string): Promise<Readable> {
    if (!(await this.has(sha256))) throw new NotFoundError('attachment');
    return createReadStream(this.path(sha256));
  }

  async has(sha256: string): Promise<boolean> {
    return access(this.path(sha256)).then(
      () => true,
      () => false,
    );
  }
}
