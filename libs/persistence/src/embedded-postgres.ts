import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { createHash } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SessionQueue } from './session-queue.js';

/** Where `pg` finds a Unix socket: a directory holding `.s.PGSQL.<port>`. */
const SOCKET_PORT = 5432;
/** sun_path is 108 bytes on Linux; deep DATA_DIRs fall back to a short path in the temp dir. */
const MAX_SOCKET_PATH = 100;

export interface PgSocketAddress {
  host: string;
  port: number;
}

/**
 * The embedded PostgreSQL: PGlite stored under `DATA_DIR/db`, served on a Unix socket by
 * pglite-socket, so the application talks to it with the ordinary `pg` driver exactly as it
 * would to a server. PGlite has one backend session; SessionQueue lends it to one connection
 * at a time, from its first message to ReadyForQuery outside a transaction, so concurrent
 * queries and transactions never interleave.
 */
export class EmbeddedPostgres {
  private constructor(
    readonly address: PgSocketAddress,
    /** Null when this process attached to a database another process on this machine serves. */
    private readonly owned: { db: PGlite; server: PGLiteSocketServer } | null,
  ) {}

  /**
   * Serves `DATA_DIR/db`, or attaches to the socket of the process that already serves it
   * (so `PROCESS_ROLE=api` and `PROCESS_ROLE=worker` can share one embedded database).
   */
  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    const root = resolve(dataDir);
    const dbDir = join(root, 'db');
    await mkdir(dbDir, { recursive: true });
    const socketDir = await socketDirectory(root);
    const socketPath = join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
    const address = { host: socketDir, port: SOCKET_PORT };
    if (await isListening(socketPath)) return new EmbeddedPostgres(address, null);
    // A socket file nobody listens on is left over from a process that was killed.
    await rm(socketPath, { force: true });
    const db = await PGlite.create(dbDir);
    const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 64 });
    SessionQueue.install(server, db);
    await server.start();
    return new EmbeddedPostgres(address, { db, server });
  }

  async stop(): Promise<void> {
    if (!this.owned) return;
    await this.owned.server.stop();
    await this.owned.db.close();
  }
}

async function socketDirectory(root: string): Promise<string> {
  const preferred = join(root, 'run');
  const dir =
    preferred.length + 20 <= MAX_SOCKET_PATH
      ? preferred
      : join(tmpdir(), `whistle-${createHash('sha256').update(root).digest('hex').slice(0, 16)}`);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  return dir;
}

function isListening(path: string): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection(path);
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}
