// @ts-check
/**
 * Mutation testing (npm run mutate): StrykerJS changes the code that carries the engine's
 * promises one small breakage at a time and runs the unit tests that cover each change; a
 * mutant no test notices "survives". The score and the survivors, with why each is harmless,
 * are in the README ("Mutation testing").
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  // Nest 12 is ES modules: Jest runs in its native ESM mode, as in package.json.
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning'],
  jest: { projectType: 'custom', configFile: 'jest.mutate.config.cjs', enableFindRelatedTests: true },
  checkers: ['typescript'],
  // The service's code without the e2e suite and the console: less to type-check for each mutant.
  tsconfigFile: 'tsconfig.mutate.json',
  coverageAnalysis: 'perTest',
  mutate: [
    'workflows/ticket.machine.ts',
    'workflows/rectification.machine.ts',
    'workflows/ticket.workflow.ts',
    'libs/tickets/src/ticket.rules.ts',
    'libs/tickets/src/ticket.actions.ts',
    'libs/tickets/src/ticket.visibility.ts',
    'libs/tickets/src/ticket.audit.ts',
    'libs/tickets/src/ticket.timers.ts',
    'libs/tickets/src/ticket.assignments.ts',
    'libs/assessment/src/rectification.rules.ts',
    'libs/assessment/src/scoreboard.ts',
    'libs/assessment/src/report.scope.ts',
    'libs/deadlines/src/stage-timers.ts',
    'libs/deadlines/src/working-days.ts',
    'libs/deadlines/src/sla-calendar.ts',
  ],
  ignorePatterns: ['dist', 'data', 'coverage', 'apps/web', 'bench', 'docs', 'reports', '.stryker-tmp'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  concurrency: 2,
  // Beyond the run's own time (timeoutFactor 1.5 of it): a mutant that makes a loop endless is detected after this.
  timeoutMS: 15000,
  tempDirName: '.stryker-tmp',
  // Runs again only the mutants whose code or tests changed since the last run (reports/ is not committed).
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
};
