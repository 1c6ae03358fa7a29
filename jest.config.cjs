/**
 * Nest 12 packages are ES modules, so Jest runs in its native ESM mode
 * (`node --experimental-vm-modules`, see package.json).
 * Projects: unit specs beside the code, the e2e suite on the PostgreSQL server, and its
 * suites about the embedded database itself on the embedded database (PGlite over
 * pglite-socket; every suite with WHISTLE_TEST_EMBEDDED=all).
 */
const { compilerOptions } = require('./tsconfig.json');

const moduleNameMapper = {
  '^(\\.{1,2}/.*)\\.js$': '$1',
  ...Object.fromEntries(
    Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
  ),
};

const base = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper,
  rootDir: __dirname,
  setupFilesAfterEnv: ['<rootDir>/test/setup/nest-esm.ts'],
  // npm run mutate's sandboxes are copies of the project: not modules nor tests of this one.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
};

module.exports = {
  projects: [
    // apps/web has its own runners: Vitest for its logic, Playwright for the browser (npm run test:web*).
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,workflows}/**/*.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'] },
    {
      ...base,
      displayName: 'e2e:embedded',
      // PGlite is PostgreSQL's own engine: the suites of business rules (authorization, stages,
      // assessment, fuzz, the model, ...) run once, on the server, to keep `npm test` within CI's
      // time. On the embedded database run the suites of what is its own: one session lent to
      // many connections (concurrency), processes sharing one DATA_DIR (process, serving),
      // crashes, outages, timers re-armed at start (horizon), a database of the previous version upgraded (upgrade),
      // the integrations of issue 17 (webhooks: the outbox read by worker processes of their own;
      // open311; metrics); the repeat search runs there in the browser suite. The browser suite's server runs on
      // the embedded database too: the whole cycle, accounts, bulk import, single sign-on and the
      // catalogue are exercised there through the console (and `npm run bench:import` imports
      // 5,000 rows into it).
      // WHISTLE_TEST_EMBEDDED=all runs every suite here too (a server restart needs a server: never).
      testMatch:
        process.env.WHISTLE_TEST_EMBEDDED === 'all'
          ? ['<rootDir>/test/**/*.e2e-spec.ts']
          : ['concurrency', 'crashes', 'outages', 'process', 'serving', 'horizon', 'upgrade', 'webhooks', 'open311', 'metrics'].map((suite) => `<rootDir>/test/${suite}.e2e-spec.ts`),
      testPathIgnorePatterns: ['/test/postgres-restart\\.e2e-spec\\.ts$'],
      setupFiles: ['<rootDir>/test/setup/embedded.ts'],
      globalSetup: '<rootDir>/test/setup/pglite-template.mjs',
    },
    {
      ...base,
      displayName: 'e2e:postgres',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      setupFiles: ['<rootDir>/test/setup/postgres.ts'],
    },
  ],
  testTimeout: 60_000,
};
