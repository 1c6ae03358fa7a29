import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** An upload received whole on local disk, with what was measured on the way. */
export interface StagedFile {
  path: string;
  sha256: string;
  size: number;
}

/** Thrown when a stream goes past the byte limit; what was written of it is removed. */
export class StreamTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`larger than ${limit} bytes`);
  }
}

/**
 * The staging area (`DATA_DIR/files/.staging`): an upload streams into a file of its own here,
 * hashed and counted as it passes, never held whole in memory. A stream that fails, is cut off
 * or passes the limit leaves nothing; a process killed half-way leaves a file that the next
 * start's sweep removes.
 */
export class Staging {
  constructor(readonly dir: string) {}

  async receive(source: Readable, maxBytes: number): Promise<StagedFile> {
    await mkdir(this.dir, { recursive: true });
    const path = join(this.dir, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) return done(new StreamTooLargeError(maxBytes));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, measure, createWriteStream(path, { flags: 'wx' }));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    return { path, sha256: hash.digest('hex'), size };
  }

  async discard(file: Pick<StagedFile, 'path'>): Promise<void> {
    await rm(file.path, { force: true });
  }

  /** Removes what uploads cut off by a crash left, older than `olderThanMs`; answers how many. */
  async sweep(olderThanMs: number, now = Date.now()): Promise<number> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const path = join(this.dir, name);
      const info = await stat(path).catch(() => null);
      if (info && now - info.mtimeMs > olderThanMs) {
        await rm(path, { force: true });
        removed++;
      }
    }
    return removed;
  }
}
