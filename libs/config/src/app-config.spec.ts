import { loadConfig } from './app-config.js';
import { ConfigError } from './environment.js';

describe('loadConfig', () => {
  it('refuses a timer horizon shorter than two sweeps', () => {
    expect(loadConfig({}).worker.horizonMs).toBe(3_600_000);
    expect(() => loadConfig({ TIMER_HORIZON: 'PT1M', RECONCILE_EVERY: 'PT1M' })).toThrow(
      new ConfigError('Invalid configuration: TIMER_HORIZON (PT1M) must be at least twice RECONCILE_EVERY (PT1M)'),
    );
    expect(loadConfig({ TIMER_HORIZON: 'PT2M', RECONCILE_EVERY: 'PT1M' }).worker.horizonMs).toBe(120_000);
  });

  it('has the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      role: 'all',
      database: { url: null, dataDir: './data' },
      redis: { url: 'redis://127.0.0.1:6379', prefix: 'whistle' },
      admin: { username: 'admin', password: null },
      jwt: { secret: null },
    });
    expect(config.sla.timezone).toBe('Asia/Shanghai');
    expect(config.sla.feedback.toISO()).toBe('P1M');
    expect(config.sla.dispatch.toISO()).toBe('P3D');
    expect(config.sla.remindBefore.map((d) => d.toISO())).toEqual(['P7D', 'P1D']);
    expect(config.sla.escalateAfter.map((d) => d.toISO())).toEqual(['PT0S', 'P7D', 'P14D']);
    expect(config.runsApi && config.runsWorker).toBe(true);
  });

  it('reads second-scale durations and treats empty variables as unset', () => {
    const config = loadConfig({ SLA_FEEDBACK: 'PT5S', SLA_REMIND_BEFORE: 'PT3S, PT1S', PORT: '', PROCESS_ROLE: 'worker' });
    expect(config.sla.feedback.toMillis()).toBe(5000);
    expect(config.sla.remindBefore.map((d) => d.toMillis())).toEqual([3000, 1000]);
    expect(config.port).toBe(3000);
    expect(config.runsApi).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be an integer number \(got "eighty"\)/],
    [{ PORT: '70000' }, /PORT must not be greater than 65535/],
    [{ SLA_FEEDBACK: '1 month' }, /SLA_FEEDBACK must be an ISO 8601 duration/],
    [{ SLA_ESCALATE_AFTER: 'PT0S,P7D' }, /SLA_ESCALATE_AFTER must be a comma-separated list of 3 ISO 8601 durations/],
    [{ SLA_TIMEZONE: 'Mars/Olympus' }, /SLA_TIMEZONE must be an IANA time zone/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL must start with redis:\/\//],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres:\/\//],
    [{ QUEUE_PREFIX: 'a:b' }, /QUEUE_PREFIX may hold letters/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32 characters/],
    [{ ADMIN_PASSWORD: 'abc' }, /ADMIN_PASSWORD must be longer than or equal to 8 characters/],
  ])('rejects %j in one line', (env, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
