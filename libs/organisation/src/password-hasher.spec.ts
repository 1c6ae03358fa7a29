import { PasswordHasher } from './password-hasher.js';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('stores a chosen password as argon2id and a one-time one as SHA-256, and verifies each', async () => {
    const chosen = await hasher.hash('correct horse battery');
    expect(chosen).toMatch(/^\$argon2id\$/);
    expect(await hasher.verify(chosen, 'correct horse battery')).toBe(true);
    expect(await hasher.verify(chosen, 'correct horse batterY')).toBe(false);

    const oneTime = hasher.hashOneTime('k7Qm-2xPa-9vRt');
    expect(oneTime).toMatch(/^otp-sha256\$[A-Za-z0-9_-]{43}$/);
    expect(oneTime).not.toContain('k7Qm');
    expect(await hasher.verify(oneTime, 'k7Qm-2xPa-9vRt')).toBe(true);
    expect(await hasher.verify(oneTime, 'k7Qm-2xPa-9vRT')).toBe(false);
    expect(await hasher.verify(oneTime, '')).toBe(false);
  });

  it('spends an argon2id verification on a one-time password too (a login takes as long either way)', async () => {
    const oneTime = hasher.hashOneTime('k7Qm-2xPa-9vRt');
    const chosen = await hasher.hash('correct horse battery');
    const time = async (hash: string) => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < 3; i++) await hasher.verify(hash, 'wrong');
      return Number(process.hrtime.bigint() - start);
    };
    await time(chosen);
    const [argon, sha] = [await time(chosen), await time(oneTime)];
    expect(sha / argon).toBeGreaterThan(0.5);
  });

  it('hashes at the configured cost, and checks a login for nobody at that cost too', async () => {
    const cheap = new PasswordHasher({ accounts: { passwordHash: { memoryCost: 1024, timeCost: 1, parallelism: 1 } } } as never);
    const hash = await cheap.hash('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=1024,p=1,t=1\$/);
    expect(await cheap.verify(hash, 'correct horse battery')).toBe(true);
    expect(await new PasswordHasher().hash('correct horse battery')).toMatch(/\$m=65536,p=4,t=3\$/);
    expect(await cheap.verify(null, 'correct horse battery')).toBe(false);
    expect(await cheap.verify(null, '')).toBe(false);
  });
});
