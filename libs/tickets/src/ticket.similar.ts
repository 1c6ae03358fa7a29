/**
 * Scoring earlier orders against one (每月一题), pure: the terms (character bigrams, see
 * textGrams) weighed by how rare they are in the database, and a cosine of the weights.
 * `frequency(term)` is the share of orders holding the term; PostgreSQL's statistics give it for
 * the commonest 10,000 terms, and every other term is rarer than the rarest of those.
 */
export type Frequency = (term: string) => number;

/**
 * A term's weight: its inverse document frequency, to the power 1.5. A repeat is recognised by
 * what is particular to it — a place, a product, an amount — more than by phrasing that thousands
 * of orders share; with plain IDF the many shared common bigrams of one wording outweighed them
 * (npm run bench:similar: 64 % of repeats found in the first five at 100,000 orders, 88 % with
 * the power 1.5, 90 % with 2, which lets one shared name outweigh everything else).
 */
export const weight = (frequency: number): number => Math.log(1 / Math.max(frequency, 1e-7)) ** 1.5;

/**
 * The terms to look for candidates by: the rarest first, as long as together they are expected
 * to find at most `budget` (a share of all orders), at most `max` of them, and never fewer than
 * `min` (the shortest texts have few terms).
 */
export function probeTerms(terms: readonly string[], frequency: Frequency, { budget = 0.02, max = 12, min = 3 } = {}): string[] {
  const sorted = [...terms].sort((a, b) => frequency(a) - frequency(b) || (a < b ? -1 : 1));
  const chosen: string[] = [];
  let expected = 0;
  for (const term of sorted) {
    if (chosen.length >= max) break;
    if (chosen.length >= min && expected + frequency(term) > budget) break;
    chosen.push(term);
    expected += frequency(term);
  }
  return chosen;
}

/** The cosine of the two orders' term weights: 1 for the same terms, 0 for none in common. */
export function similarity(query: readonly string[], candidate: readonly string[], frequency: Frequency): number {
  const w = (term: string) => weight(frequency(term));
  const theirs = new Set(candidate);
  let shared = 0;
  let mine = 0;
  for (const term of new Set(query)) {
    const x = w(term) ** 2;
    mine += x;
    if (theirs.has(term)) shared += x;
  }
  let other = 0;
  for (const term of theirs) other += w(term) ** 2;
  return mine === 0 || other === 0 ? 0 : shared / Math.sqrt(mine * other);
}

/** A tsquery matching any of the terms (terms are letters and digits only: see textGrams). */
export const anyOf = (terms: readonly string[]): string => terms.map((term) => `'${term.replace(/'/g, "''")}'`).join(' | ');

/** The timeline event of a link to an earlier order: no step of the workflow. */
export const REPEAT_EVENT = 'repeat_linked';
