import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, TooManyAttemptsError } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { prepared } from '@whistle/persistence';
import type { DataSource } from 'typeorm';

interface FailureRow {
  failures: number;
  locks: number;
  locked_until: Date | null;
  last_failure_at: Date;
}

/**
 * Locks a username after `LOGIN_LOCK_AFTER` failed logins in a row: for `LOGIN_LOCK_BASE`, then
 * twice as long at each later lock, up to `LOGIN_LOCK_MAX`; a quiet `LOGIN_LOCK_MAX` without a
 * failure starts the count afresh, and a successful login clears it. Counted per username typed,
 * whether an account of that name exists or not, so that "locked" says nothing about existence;
 * and in the database, so that every API process sees the same count.
 */
@Injectable()
export class LoginLock {
  private readonly logger = new Logger(LoginLock.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Throws 429 while the username is locked. */
  async refuseIfLocked(username: string): Promise<void> {
    const [row] = (await this.dataSource.query(prepared(`SELECT locked_until FROM login_failures WHERE username = $1`), [username])) as Pick<FailureRow, 'locked_until'>[];
    if (row?.locked_until && row.locked_until > this.clock.now()) throw new TooManyAttemptsError(row.locked_until);
  }

  /** Counts a failed login; the one that reaches the limit locks the username. */
  async failed(username: string): Promise<void> {
    const { lockAfter, lockBaseMs, lockMaxMs } = this.config.accounts;
    const now = this.clock.now();
    const locked = await this.dataSource.transaction(async (manager) => {
      await manager.query(prepared(`INSERT INTO login_failures (username, failures, last_failure_at) VALUES ($1, 0, $2) ON CONFLICT (username) DO NOTHING`), [username, now]);
      const [row] = (await manager.query(prepared(`SELECT failures, locks, locked_until, last_failure_at FROM login_failures WHERE username = $1 FOR UPDATE`), [username])) as FailureRow[];
      const fresh = now.getTime() - row!.last_failure_at.getTime() > lockMaxMs;
      let failures = (fresh ? 0 : row!.failures) + 1;
      let locks = fresh ? 0 : row!.locks;
      let lockedUntil: Date | null = fresh ? null : row!.locked_until;
      if (failures >= lockAfter) {
        lockedUntil = new Date(now.getTime() + Math.min(lockBaseMs * 2 ** locks, lockMaxMs));
        locks += 1;
        failures = 0;
      }
      await manager.query(prepared(`UPDATE login_failures SET failures = $2, locks = $3, locked_until = $4, last_failure_at = $5 WHERE username = $1`), [username, failures, locks, lockedUntil, now]);
      return failures === 0 ? lockedUntil : null;
    });
    if (locked) this.logger.warn({ username, lockedUntil: locked.toISOString() }, `login locked after ${lockAfter} failures in a row`);
  }

  async succeeded(username: string): Promise<void> {
    await this.dataSource.query(prepared(`DELETE FROM login_failures WHERE username = $1`), [username]);
  }
}
