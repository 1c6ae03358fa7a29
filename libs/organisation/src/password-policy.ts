import { Injectable } from '@nestjs/common';
import { dictionary } from '@zxcvbn-ts/language-common';
import { InvalidInputError } from '@whistle/common';
import { AppConfig } from '@whistle/config';

/** The 49,233 most common passwords of zxcvbn-ts's list, lower-cased: read once, on first use. */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  return (common ??= new Set((dictionary['passwords-common'] as string[]).map((word) => word.toLowerCase())));
}

/**
 * What a new password must be (NIST SP 800-63B): long enough (`PASSWORD_MIN_LENGTH`), at most
 * 128 characters, and not one of the most common passwords, whatever its letter case.
 */
@Injectable()
export class PasswordPolicy {
  constructor(private readonly config: AppConfig) {}

  /** Throws a 400 naming `field` when `password` may not be used. */
  check(field: string, password: string): void {
    const min = this.config.accounts.passwordMinLength;
    if ([...password].length < min) throw new InvalidInputError(field, `must be at least ${min} characters`);
    if (password.length > 128) throw new InvalidInputError(field, 'must be at most 128 characters');
    if (commonPasswords().has(password.toLowerCase())) throw new InvalidInputError(field, 'is one of the most common passwords; choose another');
  }
}
