import { Injectable, Logger } from '@nestjs/common';
import { type Actor, chainTerm, Clock, ForbiddenError, NotFoundError, ticketGrams } from '@whistle/common';
import { prepared } from '@whistle/persistence';
import type { SimilarTicketView } from './ticket.dto.js';
import { anyOf, type Frequency, probeTerms, similarity } from './ticket.similar.js';
import { TicketsRepository } from './tickets.repository.js';

/** The chain's staff look for repeats; the parties of single orders do not see the others. */
const SEARCHERS = new Set(['dispatcher', 'commissioner', 'supervisor', 'admin']);
const SUGGESTIONS = 10;
/** Below this cosine an earlier order is not worth showing. */
const MIN_SCORE = 0.05;
/** From this many orders on, the terms' frequencies come from PostgreSQL's statistics; below, they are counted. */
const STATS_MIN_ORDERS = 1000;
/** The orders a counted frequency is smoothed over (see countedFrequency). */
const PRIOR_ORDERS = 100;
/** How long the terms' frequencies are kept before they are read again. */
const STATS_TTL_MS = 10 * 60 * 1000;

/** Candidates read from the index at most: the probe terms are chosen to find about this many. */
const CANDIDATES = 5000;

interface Known {
  frequency: Frequency;
  /** The orders the statistics were taken over (pg_class.reltuples). */
  rows: number;
}

interface Stats {
  known: Known | null;
  at: number;
}

/**
 * 每月一题: earlier orders of the chain that look like one. Candidates come from the GIN index on
 * `tickets.grams` by the order's rarest terms (their frequencies read from PostgreSQL's own
 * statistics, pg_stats.most_common_elems, which ANALYZE keeps); each candidate is scored by the
 * cosine of all terms weighed by rarity (ticket.similar.ts). In a database of fewer than a
 * thousand orders the frequencies are counted over all of them instead.
 */
@Injectable()
export class SimilarTicketsService {
  private readonly logger = new Logger(SimilarTicketsService.name);
  private stats: Stats | null = null;
  private analyzedAt = 0;

  constructor(
    private readonly repository: TicketsRepository,
    private readonly clock: Clock,
  ) {}

  async similar(actor: Actor, ticketId: string): Promise<SimilarTicketView[]> {
    if (!SEARCHERS.has(actor.role)) throw new ForbiddenError('only the chain committee, its commissioners, supervisors and administrators look for repeats');
    const ticket = await this.repository.findVisible(null, ticketId, actor);
    if (!ticket) throw new NotFoundError('ticket');
    const terms = ticketGrams(ticket);
    if (terms.length === 0) return [];
    const known = await this.frequencies();
    // The rarest terms, as many as are expected to find CANDIDATES orders; without statistics (a small database), all.
    const probe = known ? probeTerms(terms, known.frequency, { budget: CANDIDATES / Math.max(known.rows, 1), max: 40, min: 3 }) : terms;
    // The chain is a term of the index (chainTerm): an AND inside GIN, not a B-tree scan beside it.
    const query = `(${anyOf(probe)}) & ${anyOf([chainTerm(ticket.chainId)])}`;
    const candidates = (await this.repository.manager.query(
      prepared(`WITH c AS (
          SELECT id, grams FROM tickets
           WHERE grams @@ $1::tsquery AND created_at < $2 AND id <> $3
           LIMIT ${CANDIDATES})
        SELECT id, tsvector_to_array(grams) AS grams FROM c ORDER BY ts_rank(grams, $1::tsquery) DESC LIMIT ${known ? 300 : 1000}`),
      [query, ticket.createdAt, ticket.id],
    )) as { id: string; grams: string[] }[];
    for (const c of candidates) c.grams = c.grams.filter((term) => !term.startsWith('#'));
    const frequency = known?.frequency ?? (await this.countedFrequency(terms));
    const best = candidates
      .map((c) => ({ id: c.id, score: similarity(terms, c.grams, frequency) }))
      .filter((c) => c.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score)
      .slice(0, SUGGESTIONS);
    if (best.length === 0) return [];
    const rows = (await this.repository.manager.query(
      prepared(`SELECT id, code, title, state, category, service_code, department_id, (rating->>'score')::int AS score, created_at, repeat_of
         FROM tickets WHERE id = ANY($1::uuid[])`),
      [best.map((b) => b.id)],
    )) as { id: string; code: string; title: string; state: string; category: string; service_code: string | null; department_id: string | null; score: number | null; created_at: Date; repeat_of: string | null }[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return best.map(({ id, score }) => {
      const r = byId.get(id)!;
      return {
        ticket: { id, code: r.code, title: r.title, state: r.state, category: r.category, serviceCode: r.service_code, departmentId: r.department_id, rating: r.score, createdAt: r.created_at, repeatOf: r.repeat_of },
        score: Math.round(score * 1000) / 1000,
      } as SimilarTicketView;
    });
  }

  /**
   * The share of orders holding each term, from pg_stats (the commonest 10,000 terms; any other
   * is rarer than the rarest of them); null below a thousand orders, or while ANALYZE has kept
   * none (countedFrequency counts them then). Without statistics the table is analysed here, at
   * most once an hour (autovacuum does it on a server; the embedded database has no autovacuum).
   */
  private async frequencies(): Promise<Known | null> {
    const now = this.clock.now().getTime();
    if (this.stats && now - this.stats.at < STATS_TTL_MS) return this.stats.known;
    let known: Known | null = null;
    // Below a thousand orders the statistics say little (in two orders, what they share is in all of them): count instead.
    const [{ n }] = (await this.repository.manager.query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM tickets LIMIT ${STATS_MIN_ORDERS}) few`)) as [{ n: number }];
    if (n >= STATS_MIN_ORDERS) {
      known = await this.readStats();
      if (!known && now - this.analyzedAt > 60 * 60 * 1000) {
        this.analyzedAt = now;
        await this.repository.manager.query(`ANALYZE tickets (grams)`).catch((error: Error) => this.logger.warn(`ANALYZE tickets failed: ${error.message}`));
        known = await this.readStats();
      }
    }
    this.stats = { known, at: now };
    return known;
  }

  /**
   * The terms' frequencies counted over every order, for a database of fewer than a thousand
   * (or without statistics yet): a scan of them all is cheap at that size.
   */
  private async countedFrequency(terms: string[]): Promise<Frequency> {
    const rows = (await this.repository.manager.query(
      `SELECT term, count(*)::int AS n, (SELECT count(*)::int FROM tickets) AS total
         FROM tickets, unnest(tsvector_to_array(grams)) AS term WHERE term = ANY($1::text[]) GROUP BY term`,
      [terms],
    )) as { term: string; n: number; total: number }[];
    const total = rows[0]?.total ?? 0;
    const counts = new Map(rows.map((r) => [r.term, r.n]));
    // As if a hundred more orders held none of the terms: with two orders, a term they share is
    // in all of them, and counted alone it would weigh nothing.
    return (term) => ((counts.get(term) ?? 0) + 0.5) / (total + PRIOR_ORDERS);
  }

  private async readStats(): Promise<Known | null> {
    const [row] = (await this.repository.manager.query(
      `SELECT s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs AS freqs, c.reltuples AS rows
         FROM pg_stats s JOIN pg_class c ON c.oid = 'tickets'::regclass
        WHERE s.schemaname = current_schema() AND s.tablename = 'tickets' AND s.attname = 'grams'`,
    )) as { elems: string[] | null; freqs: number[] | null; rows: number }[];
    if (!row?.elems?.length || !row.freqs) return null;
    // most_common_elem_freqs holds one frequency per element, then the least and the greatest of them and the nulls' share.
    const freqs = row.freqs.map(Number);
    const table = new Map(row.elems.map((term, i) => [term, freqs[i]!]));
    const rarest = freqs[row.elems.length] ?? Math.min(...table.values());
    return { frequency: (term) => table.get(term) ?? rarest / 2, rows: Math.max(Number(row.rows), 1) };
  }
}


