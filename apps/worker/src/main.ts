import { requireSupportedNode } from '@whistle/platform/node-version';

// First, before any other module loads: on an older Node.js they crash without a word.
requireSupportedNode();
await import('./start.js');
