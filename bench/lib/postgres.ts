import pg from 'pg';

/** Connection settings of a PostgreSQL URL, for pg and for pgbench; `?host=/dir` is a Unix socket's directory. */
export function target(url: string): { host: string; port: string; user: string; database: string } {
  const u = new URL(url);
  return { host: u.searchParams.get('host') ?? u.hostname, port: u.port || '5432', user: decodeURIComponent(u.username) || 'postgres', database: u.pathname.slice(1) };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Drops and creates a database on the server, through its maintenance database. */
export async function recreateDatabase(url: string): Promise<void> {
  const { database } = target(url);
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`bench database name ${database} must be a plain identifier`);
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
}

export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}
