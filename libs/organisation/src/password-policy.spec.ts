import { DomainError } from '@whistle/common';
import { loadConfig } from '@whistle/config';
import { PasswordPolicy } from './password-policy.js';

/** The 400 the policy throws for `password`, as `{field, message}`; null when it passes. */
function refusal(policy: PasswordPolicy, password: string): { field: string; message: string } | null {
  try {
    policy.check('newPassword', password);
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const [first] = (error.details as { errors: { field: string; messages: string[] }[] }).errors;
    return { field: first!.field, message: first!.messages[0]! };
  }
}

describe('PasswordPolicy', () => {
  const policy = new PasswordPolicy(loadConfig({}));

  it('takes a long, uncommon password', () => {
    expect(refusal(policy, 'correct horse battery')).toBeNull();
    expect(refusal(policy, '常德制药-李经理-2026')).toBeNull();
  });

  it('refuses one shorter than PASSWORD_MIN_LENGTH, counting characters, not bytes', () => {
    expect(refusal(policy, 'abc1234')).toEqual({ field: 'newPassword', message: 'must be at least 8 characters' });
    expect(refusal(policy, '企业吹哨部门报到')).toBeNull(); // 8 characters, 24 bytes
    expect(refusal(new PasswordPolicy(loadConfig({ PASSWORD_MIN_LENGTH: '12' })), 'eleven-char')).toEqual({ field: 'newPassword', message: 'must be at least 12 characters' });
  });

  it('refuses the most common passwords in any letter case', () => {
    for (const common of ['password', 'PASSWORD', 'Password1', 'qwertyuiop', '1qaz2wsx', 'iloveyou']) {
      expect(refusal(policy, common)?.message).toMatch(/most common passwords/);
    }
  });

  it('refuses more than 128 characters', () => {
    expect(refusal(policy, 'x'.repeat(129))?.message).toBe('must be at most 128 characters');
  });
});
