import { sql } from 'kysely';
import type { Executor } from './database';

/** A column of a bulk insert and, for PostgreSQL's unnest, its array element type. */
export type BulkColumn = { name: string; pgType: 'integer' | 'text' };

const PG_CHUNK_ROWS = 5000;

/**
 * Inserts many rows fast. SQLite: one prepared statement run per row on the transaction's own
 * connection — as fast as SQLite goes, with no query-builder objects per value. PostgreSQL: one
 * `insert … select from unnest(arrays)` per 5,000 rows, so a whole network is a few round trips.
 * Table and column names come from our code, never from input.
 */
export async function bulkInsert(
  tx: Executor,
  table: string,
  columns: BulkColumn[],
  /** Rows are produced as they are written, so a whole network never sits in memory twice. */
  rows: Iterable<readonly unknown[]>,
): Promise<void> {
  const names = columns.map((column) => column.name).join(', ');
  if (tx.sqlite) {
    const statement = tx.sqlite.prepare(
      `insert into ${table} (${names}) values (${columns.map(() => '?').join(', ')})`,
    );
    for (const row of rows) statement.run(...row);
    return;
  }
  if (tx.dialect === 'sqlite') throw new Error('bulkInsert on SQLite needs a write transaction');
  const write = async (chunk: (readonly unknown[])[]) => {
    const arrays = columns.map(
      (column, index) => sql`${chunk.map((row) => row[index])}::${sql.raw(column.pgType)}[]`,
    );
    await sql`insert into ${sql.raw(table)} (${sql.raw(names)}) select * from unnest(${sql.join(arrays)})`.execute(
      tx.kysely,
    );
  };
  let chunk: (readonly unknown[])[] = [];
  for (const row of rows) {
    chunk.push(row);
    if (chunk.length === PG_CHUNK_ROWS) {
      await write(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) await write(chunk);
}
