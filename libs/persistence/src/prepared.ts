/**
 * Named prepared statements for the hot path (every action, every timer firing).
 *
 * node-postgres sends a query with parameters as an unnamed statement, which PostgreSQL parses
 * and plans at every execution; a named one is parsed once per connection and its plan kept.
 * `manager.query(prepared(sql), params)` goes through TypeORM as usual (errors, transactions),
 * handing node-postgres a `{ name, text }` query config.
 *
 * Only for fixed SQL texts with their columns listed (no `SELECT *`: a column added by a later
 * migration would fail a statement prepared before it). Every distinct text is one statement on
 * every connection. Needs a direct connection or a PgBouncer that supports prepared statements
 * (1.21+, `max_prepared_statements`). Off for the embedded database, whose connections share
 * one session.
 */
const statements = new Map<string, string>();
let enabled = false;

/** Set once at start, from where the database is. */
export function usePreparedStatements(on: boolean): void {
  enabled = on;
}

export function prepared(text: string): string {
  if (!enabled) return text;
  let statement = statements.get(text);
  if (!statement) {
    statement = { name: `whistle_${statements.size + 1}`, text, toString: () => text } as unknown as string;
    statements.set(text, statement);
  }
  return statement;
}
