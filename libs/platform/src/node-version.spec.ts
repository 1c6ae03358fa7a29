import { readFileSync } from 'node:fs';
import { isOlderNode, MINIMUM_NODE } from './node-version.js';

describe('the Node.js version check', () => {
  it('agrees with package.json engines', () => {
    const { engines } = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    expect(engines.node).toBe(`>=${MINIMUM_NODE}`);
  });

  it.each([
    ['20.20.2', true],
    ['v22.12.0', true],
    ['24.8.9', true],
    ['24.9.0', false],
    ['24.21.0', false],
    ['25.0.0', false],
    ['100.1.0', false],
  ])('%s is older than 24.9: %s', (version, older) => {
    expect(isOlderNode(version, '24.9')).toBe(older);
  });
});
