import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Dialect, Executor } from './database';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query, read by column name
type AnySelect = SelectQueryBuilder<any, any, any>;

/**
 * Reads of hundreds of rows take them as tuples of the named output `columns`. SQLite hands them
 * over as one JSON array of arrays: handing JavaScript a row as an object costs about a
 * microsecond plus a fraction per value, three times what parsing the same values as JSON
 * costs. PostgreSQL's driver parses rows itself; they are only rearranged (see `tuplesOf`).
 */
export function asTuples(tx: Executor, query: AnySelect, columns: readonly string[]): AnySelect {
  if (tx.dialect !== 'sqlite') return query;
  return tx.kysely
    .selectFrom(query.as('t'))
    .select(sql<string>`json_group_array(json_array(${valuesOf(columns)}))`.as('rows'));
}

/** The named `columns` of a subquery aliased `t`, as a list of values. */
function valuesOf(columns: readonly string[]) {
  return sql.join(columns.map((column) => sql.ref(`t.${column}`)));
}

/** The rows a query made by `asTuples` gave, as tuples. */
export function tuplesOf<T extends readonly unknown[]>(
  dialect: Dialect,
  rows: readonly unknown[],
  columns: readonly string[],
): T[] {
  if (dialect === 'sqlite') return JSON.parse((rows[0] as { rows: string }).rows) as T[];
  return (rows as Record<string, unknown>[]).map(
    (row) => columns.map((column) => row[column]) as unknown as T,
  );
}

/** The rows of `query` as tuples of the named output `columns`. */
export async function selectTuples<T extends readonly unknown[]>(
  tx: Executor,
  query: AnySelect,
  columns: readonly string[],
): Promise<T[]> {
  return tuplesOf<T>(tx.dialect, await asTuples(tx, query, columns).execute(), columns);
}

/**
 * The rows of `query` as one JSON array of tuples of the named output `columns`, for a statement
 * that reads several small lists at once; in the order of its output column `orderBy`, which an
 * aggregate must be told (a subquery's own order is not promised to survive it).
 */
export function jsonTuplesOf(
  tx: Executor,
  query: AnySelect,
  columns: readonly string[],
  orderBy?: string,
): RawBuilder<unknown> {
  const values = valuesOf(columns);
  const order = orderBy === undefined ? sql`` : sql` order by ${sql.ref(`t.${orderBy}`)}`;
  return tx.dialect === 'sqlite'
    ? sql`(select json_group_array(json_array(${values})${order}) from ${query} as t)`
    : sql`(select coalesce(json_agg(json_build_array(${values})${order}), '[]'::json) from ${query} as t)`;
}

/**
 * The rows `jsonTuplesOf` gave, as objects of the named `columns` (SQLite hands over JSON text;
 * PostgreSQL's driver has parsed it already).
 */
export function rowsOfJsonTuples<Row>(value: unknown, columns: readonly string[]): Row[] {
  const tuples = (typeof value === 'string' ? JSON.parse(value) : value) as unknown[][];
  return tuples.map(
    (tuple) => Object.fromEntries(columns.map((column, at) => [column, tuple[at]])) as Row,
  );
}
