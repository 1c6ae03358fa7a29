import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

interface Pending {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: Error) => void;
}

const QUERY = 0x51; // 'Q': a simple query, answered up to ReadyForQuery
const SYNC = 0x53; // 'S': ends an extended-protocol batch (Parse/Bind/Execute…)
const TERMINATE = 0x58; // 'X'
const STARTUP = 0x00; // startup and SSL packets begin with their length

/**
 * Lends PGlite's single backend session to one connection at a time.
 *
 * pglite-socket 0.2.17 interleaves protocol messages of different connections unless a SQL
 * transaction is open, so two pooled connections running extended-protocol queries at once
 * corrupt each other's unnamed statement and portal ("portal does not exist", rows of the
 * wrong query), and one failed message stops its queue for good
 * (electric-sql/pglite#1046). This queue keeps the session with the connection that is using
 * it until that connection reaches ReadyForQuery outside a transaction (after a Sync or a
 * simple Query), and keeps going after a failure. It replaces the server's own queue; its
 * interface is the one pglite-socket's handlers call.
 */
export class SessionQueue {
  private readonly pending: Pending[] = [];
  private owner: number | null = null;
  private running = false;

  constructor(private readonly db: PGlite) {}

  static install(server: PGLiteSocketServer, db: PGlite): void {
    // Read by each connection's handler when it attaches, so it must be set before start().
    (server as unknown as { queryQueue: SessionQueue }).queryQueue = new SessionQueue(db);
  }

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending.push({ handlerId, message, onData, resolve, reject });
      void this.pump();
    });
  }

  getQueueLength(): number {
    return this.pending.length;
  }

  /** A connection went away: drop what it queued. */
  clearQueueForHandler(handlerId: number): void {
    for (let i = this.pending.length - 1; i >= 0; i--) {
      if (this.pending[i]!.handlerId === handlerId) this.pending.splice(i, 1)[0]!.reject(new Error('connection closed'));
    }
  }

  /** A connection went away while holding the session: roll back what it left open, free the session. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.runExclusive(() => this.db.exec('ROLLBACK')).catch(() => undefined);
    this.owner = null;
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        const index = this.owner === null ? 0 : this.pending.findIndex((item) => item.handlerId === this.owner);
        if (index < 0 || this.pending.length === 0) return;
        const item = this.pending.splice(index, 1)[0]!;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
          item.resolve(bytes);
        } catch (error) {
          item.reject(error as Error);
        }
        this.owner = this.endsCycle(item.message) && !this.db.isInTransaction() ? null : item.handlerId;
      }
    } finally {
      this.running = false;
    }
  }

  private endsCycle(message: Uint8Array): boolean {
    const type = message[0];
    return type === QUERY || type === SYNC || type === TERMINATE || type === STARTUP;
  }
}
