/**
 * The oldest Node.js the project runs on, as package.json's `engines` says (a unit test keeps
 * the two equal). Imported alone by the entry points, before anything else loads: this file
 * must import nothing.
 */
export const MINIMUM_NODE = '24.9';

/** Whether `version` (such as 20.20.2) is older than `minimum` (such as 24.9). */
export function isOlderNode(version: string, minimum: string = MINIMUM_NODE): boolean {
  const have = version.replace(/^v/, '').split('.').map(Number);
  const need = minimum.split('.').map(Number);
  for (let i = 0; i < need.length; i++) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a < b;
  }
  return false;
}

/**
 * Exits with one line when this Node.js is too old. On Node 20 the modules the service loads
 * crash it with a segmentation fault and no word, so the entry points call this first and
 * load the rest afterwards (a dynamic import).
 */
export function requireSupportedNode(): void {
  if (!isOlderNode(process.versions.node)) return;
  process.stderr.write(
    `whistle: needs Node.js ${MINIMUM_NODE} or newer, but this is ${process.version} (${process.execPath}); ` +
      'start it through npm (npm start, npm run start:api, npm run start:worker), which runs the Node.js 24 ' +
      'that npm ci installs in node_modules/.bin, or install Node.js 24 LTS\n',
  );
  process.exit(1);
}
