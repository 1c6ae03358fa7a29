/**
 * Nest 12 packages are ES modules, so Jest runs in its native ESM mode
 * (`node --experimental-vm-modules`, see package.json).
 * Projects: unit specs beside the code, then the e2e suite twice — on the embedded
 * database (PGlite over pglite-socket) and on the PostgreSQL server.
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
};

module.exports = {
  projects: [
    // apps/web has its own runners: Vitest for its logic, Playwright for the browser (npm run test:web*).
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,workflows}/**/*.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'] },
    {
      ...base,
      displayName: 'e2e:embedded',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      // A server restart needs a server: it runs in e2e:postgres against a disposable one.
      testPathIgnorePatterns: ['/test/postgres-restart\\.e2e-spec\\.ts$'],
      setupFiles: ['<rootDir>/test/setup/embedded.ts'],
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
