import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { createHash, timingSafeEqual } from 'node:crypto';

/** A valid argon2id hash of a random string: verified whenever no real argon2 hash is, to spend the same time. */
export const DUMMY_HASH = '$argon2id$v=19$m=65536,p=4,t=3$f4rewVd8lFjxTPiWCA5DFg$1d0Fx07pmv3nENAK7d4Mm8vZcYQtstUonoFzvklxcWs';

/** The format of a one-time password's hash (see hashOneTime). */
const ONE_TIME = 'otp-sha256$';

/**
 * Password hashing. A password a person chose gets slow, salted argon2id (about 70 ms here).
 * A one-time password the server drew (an administrator's reset, an import) is 70 random bits:
 * no dictionary guesses it, so a plain SHA-256 protects it as well, and an import of 5,000
 * users does not wait six minutes on argon2. It must be replaced at the first login, by an
 * argon2id hash. Verifying one still runs an argon2id verification, so that a login answers in
 * the same time whatever kind of password the account has (or whether it exists).
 */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /** For a password the server generated with at least 64 random bits, and nothing else. */
  hashOneTime(password: string): string {
    return ONE_TIME + sha256(password);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    if (!hash.startsWith(ONE_TIME)) return argon2.verify(hash, password);
    await argon2.verify(DUMMY_HASH, password).catch(() => false);
    return timingSafeEqual(Buffer.from(hash.slice(ONE_TIME.length)), Buffer.from(sha256(password)));
  }
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64url');
