/**
 * The tests `npm run mutate` runs against each mutant: the unit project of jest.config.cjs (the
 * specs beside the code), which needs no database and answers in seconds.
 */
const { projects, testTimeout } = require('./jest.config.cjs');

const { displayName, ...unit } = projects.find((project) => project.displayName === 'unit');
module.exports = { ...unit, testTimeout };
