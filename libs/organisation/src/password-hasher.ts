import { Injectable } from '@nestjs/common';
import { AppConfig, type PasswordHashCost } from '@whistle/config';
import argon2 from 'argon2';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** argon2's own default cost (PASSWORD_HASH_COST's default): 64 MiB, 3 passes, 4 lanes. */
const DEFAULT_COST: PasswordHashCost = { memoryCost: 65536, timeCost: 3, parallelism: 4 };

/** The format of a one-time password's hash (see hashOneTime). */
const ONE_TIME = 'otp-sha256$';

/**
 * Password hashing. A password a person chose gets slow, salted argon2id (at the cost
 * PASSWORD_HASH_COST says; about 70 ms by default). A one-time password the server drew (an
 * administrator's reset, an import) is 70 random bits: no dictionary guesses it, so a plain
 * SHA-256 protects it as well, and an import of 5,000 users does not wait six minutes on argon2.
 * It must be replaced at the first login, by an argon2id hash. Verifying one still runs an
 * argon2id verification, and so does a login for a username nobody has (`verify(null, …)`, on a
 * hash of nothing made at the same cost), so that a login answers in the same time whatever kind
 * of password the account has, or whether it exists.
 */
@Injectable()
export class PasswordHasher {
  private readonly cost: PasswordHashCost;
  private dummy: Promise<string> | null = null;

  constructor(config?: AppConfig) {
    this.cost = config?.accounts.passwordHash ?? DEFAULT_COST;
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, ...this.cost });
  }

  /** For a password the server generated with at least 64 random bits, and nothing else. */
  hashOneTime(password: string): string {
    return ONE_TIME + sha256(password);
  }

  /** Whether `password` is the one `hash` keeps; `null` (no such account) spends the same time and is false. */
  async verify(hash: string | null, password: string): Promise<boolean> {
    if (hash === null) {
      await argon2.verify(await this.nobody(), password).catch(() => false);
      return false;
    }
    if (!hash.startsWith(ONE_TIME)) return argon2.verify(hash, password);
    await argon2.verify(await this.nobody(), password).catch(() => false);
    return timingSafeEqual(Buffer.from(hash.slice(ONE_TIME.length)), Buffer.from(sha256(password)));
  }

  /** A hash of random bytes at this cost, made once: what a login is checked against when there is nothing real to check. */
  private nobody(): Promise<string> {
    this.dummy ??= this.hash(randomBytes(16).toString('base64url'));
    return this.dummy;
  }
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64url');
