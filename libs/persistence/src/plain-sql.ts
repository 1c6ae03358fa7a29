import type { DataSource, EntityManager, ObjectLiteral, Repository } from 'typeorm';
import { prepared } from './prepared.js';

/**
 * Plain SQL built once from an entity's metadata, for the statements on the hot path (every
 * request, every action, every timer firing): building them with the query builder each time
 * cost more CPU than PostgreSQL spent running them (`npm run bench`).
 */
export interface PlainSelect<T> {
  /** Every column, as `alias."column"`. */
  columns: string;
  /** A row of those columns as the entity, values converted as TypeORM would. */
  hydrate: (row: Record<string, unknown>) => T;
}

export function plainSelect<T extends ObjectLiteral>(dataSource: DataSource, entity: new () => T, alias: string): PlainSelect<T> {
  const metadata = dataSource.getMetadata(entity);
  return {
    columns: metadata.columns.map((column) => `${alias}."${column.databaseName}"`).join(', '),
    hydrate: (row) => {
      const result = metadata.create() as T;
      for (const column of metadata.columns) {
        column.setEntityValue(result, dataSource.driver.prepareHydratedValue(row[column.databaseName], column));
      }
      return result;
    },
  };
}

/**
 * The entity whose `key` column equals `value`, or null: `SELECT <every column> … WHERE key = $1`,
 * prepared. The same answer as `repository.findOneBy({ [key]: value })`, without building it.
 */
export function findOneByColumn<T extends ObjectLiteral>(repository: Repository<T>, column: string): (value: unknown, manager?: EntityManager) => Promise<T | null> {
  const select = plainSelect(repository.manager.dataSource, repository.target as new () => T, 'e');
  const sql = `SELECT ${select.columns} FROM "${repository.metadata.tableName}" e WHERE e."${column}" = $1`;
  return async (value, manager = repository.manager) => {
    const [row] = (await manager.query(prepared(sql), [value])) as Record<string, unknown>[];
    return row ? select.hydrate(row) : null;
  };
}

/** A condition with `:named` parameters (as the query builder takes them) made positional, its values appended to `values`. */
export function positional(where: string, params: Record<string, unknown>, values: unknown[]): string {
  const numbers = new Map<string, number>();
  return where.replace(/(?<!:):([A-Za-z_]\w*)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`no value for :${name} in ${where}`);
    let n = numbers.get(name);
    if (n === undefined) numbers.set(name, (n = values.push(params[name])));
    return `$${n}`;
  });
}

export interface PlainUpdate<T> {
  sql: string;
  values: (entity: T) => unknown[];
}

/**
 * `UPDATE … SET every column but the key WHERE id = $n AND version = $n+1`, from the metadata;
 * the columns named in `except` (database names) are left out.
 */
export function plainUpdate<T extends ObjectLiteral>(dataSource: DataSource, entity: new () => T, except: readonly string[] = []): PlainUpdate<T> {
  const metadata = dataSource.getMetadata(entity);
  const columns = metadata.columns.filter((column) => !column.isPrimary && !except.includes(column.databaseName));
  const sets = columns.map((column, i) => `"${column.databaseName}" = $${i + 1}`);
  return {
    sql: `UPDATE "${metadata.tableName}" SET ${sets.join(', ')} WHERE id = $${columns.length + 1} AND version = $${columns.length + 2}`,
    values: (row) =>
      columns.map((column) => {
        const value = column.getEntityValue(row);
        return column.type === 'jsonb' && value !== null && value !== undefined ? JSON.stringify(value) : (value ?? null);
      }),
  };
}

export interface PlainBulkUpdate<T> {
  sql: string;
  /** The statement's one parameter: the rows, each with the version it must still have. */
  values: (rows: { entity: T; expectedVersion: number }[]) => [string];
}

/**
 * `UPDATE … SET every column but the key FROM jsonb_to_recordset($1) … WHERE id AND version
 * match`: many rows in one statement, sent as one JSON parameter typed by the entity's columns
 * (for firing a batch of timers). The caller compares the affected count with the rows it sent.
 * The columns named in `except` are left out.
 */
export function plainBulkUpdate<T extends ObjectLiteral>(dataSource: DataSource, entity: new () => T, except: readonly string[] = []): PlainBulkUpdate<T> {
  const metadata = dataSource.getMetadata(entity);
  const [key] = metadata.primaryColumns;
  const columns = metadata.columns.filter((column) => !column.isPrimary && !except.includes(column.databaseName));
  const types = [key!, ...columns].map((column) => `"${column.databaseName}" ${dataSource.driver.normalizeType(column)}`);
  const sets = columns.map((column) => `"${column.databaseName}" = v."${column.databaseName}"`);
  return {
    sql: `UPDATE "${metadata.tableName}" AS t SET ${sets.join(', ')}
           FROM jsonb_to_recordset($1::jsonb) AS v(${types.join(', ')}, expected_version integer)
          WHERE t."${key!.databaseName}" = v."${key!.databaseName}" AND t.version = v.expected_version`,
    values: (rows) => [
      JSON.stringify(
        rows.map(({ entity: row, expectedVersion }) => {
          const record: Record<string, unknown> = { expected_version: expectedVersion };
          for (const column of [key!, ...columns]) record[column.databaseName] = column.getEntityValue(row) ?? null;
          return record;
        }),
      ),
    ],
  };
}
