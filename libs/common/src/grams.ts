/**
 * The terms a text is matched on for repeat problems (每月一题). Chinese has no spaces between
 * words, so every run of Han characters gives its overlapping character bigrams (冷链仓库 → 冷链,
 * 链仓, 仓库; a lone character stands for itself); runs of Latin letters and digits are terms of
 * their own (800, gmp, iso9001). NFKC first, so full-width ＡＢＣ１２３ and half-width abc123
 * are one term. Bigrams rather than a dictionary: no segmenter to ship or keep up to date, and a
 * new product or place name matches as well as a word a dictionary knows.
 */
export function textGrams(text: string): string[] {
  const normal = text.normalize('NFKC').toLowerCase();
  const grams = new Set<string>();
  for (const run of normal.match(/\p{Script=Han}+/gu) ?? []) {
    if (run.length === 1) grams.add(run);
    for (let i = 0; i + 1 < run.length; i++) grams.add(run.slice(i, i + 2));
  }
  for (const word of normal.match(/[\p{Script=Latin}\p{Nd}]+/gu) ?? []) {
    if (word.length >= 2 && word.length <= 40) grams.add(word);
  }
  return [...grams];
}

/** What a ticket is matched on: its title and its description. */
export const ticketGrams = (ticket: { title: string; description: string }): string[] => textGrams(`${ticket.title}\n${ticket.description}`);

/**
 * The term that puts an order's chain into its terms: the repeat search looks within one chain,
 * and finding the chain inside the GIN index (an AND with the rare terms) reads only that chain's
 * matches, where a condition on chain_id beside it had the planner scan a B-tree of the chain's
 * whole history (30 ms of 40, at 1,000,000 orders). `#` keeps it apart from the text's terms.
 */
export const chainTerm = (chainId: string): string => `#${chainId.replace(/-/g, '')}`;

/** What is stored in tickets.grams: the text's terms and the chain's. */
export const storedGrams = (ticket: { title: string; description: string; chainId: string }): string[] => [...ticketGrams(ticket), chainTerm(ticket.chainId)];
