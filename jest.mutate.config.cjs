/**
 * The tests `npm run mutate` runs against each mutant: the unit project of jest.config.cjs (the
 * specs beside the code), which needs no database server and answers in seconds, made lighter
 * for the thousands of runs a mutation run makes:
 * - without the Nest set-up file: it is there for @nestjs/throttler, which no unit spec loads;
 * - without the start-up lines' spec: it tests none of the mutated files, but it imports the
 *   demo seed and with it the whole service, so Jest counted it related to every one of them
 *   and ran it (7 s) for every mutant of a module's top level.
 */
const { projects, testTimeout } = require('./jest.config.cjs');

const { displayName, ...unit } = projects.find((project) => project.displayName === 'unit');
module.exports = {
  ...unit,
  testTimeout,
  setupFilesAfterEnv: [],
  testPathIgnorePatterns: [...unit.testPathIgnorePatterns, '<rootDir>/apps/api/src/web/start-lines\\.spec\\.ts$'],
};
