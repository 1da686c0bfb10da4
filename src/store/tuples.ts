import { sql, type SelectQueryBuilder } from 'kysely';
import type { Executor } from './database';

/**
 * The rows of `query` as tuples of the named output `columns`, for reads of hundreds of rows.
 * SQLite hands them over as one JSON array of arrays: handing JavaScript a row as an object
 * costs about a microsecond plus a fraction per value, three times what parsing the same
 * values as JSON costs. PostgreSQL's driver parses rows itself; they are only rearranged.
 */
export async function selectTuples<T extends readonly unknown[]>(
  tx: Executor,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query, read by column name
  query: SelectQueryBuilder<any, any, any>,
  columns: readonly string[],
): Promise<T[]> {
  if (tx.dialect === 'sqlite') {
    const values = sql.join(columns.map((column) => sql.ref(`t.${column}`)));
    const { rows } = await tx.kysely
      .selectFrom(query.as('t'))
      .select(sql<string>`json_group_array(json_array(${values}))`.as('rows'))
      .executeTakeFirstOrThrow();
    return JSON.parse(rows) as T[];
  }
  const rows = (await query.execute()) as Record<string, unknown>[];
  return rows.map((row) => columns.map((column) => row[column]) as unknown as T);
}
