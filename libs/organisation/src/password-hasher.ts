import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** Slow, salted password hashing (argon2id), behind a provider so unit tests can swap it. */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password);
  }
}
