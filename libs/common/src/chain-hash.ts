import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';

/** The `prevHash` of a chain's first link. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * A link of a hash chain (a ticket's timeline, the administrators' audit trail): SHA-256 over
 * the previous link's hash and the RFC 8785 canonical JSON of `content`. The content first goes
 * through a JSON round trip, so the hash computed before an insert equals the one computed from
 * the row read back (jsonb reorders keys, drops `undefined`; dates become ISO strings).
 */
export function chainHash(prevHash: string, content: object): string {
  const plain = JSON.parse(JSON.stringify(content)) as unknown;
  return createHash('sha256').update(prevHash).update('\n').update(canonicalize(plain)!).digest('hex');
}
