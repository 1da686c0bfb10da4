import { CompiledQuery, type Compilable } from 'kysely';
import type { Dialect, Executor } from './database';

/** Stands for the owner while a query is compiled once; no row ever has a negative id. */
const OWNER = -1_999_999_937;

/**
 * SQL texts PostgreSQL is sent as named prepared statements, so they are planned once per
 * connection rather than on every request (see `openPostgres`). Only the reads below add to it,
 * one text each, so it stays as small as the code.
 */
export const PREPARED_ON_POSTGRES = new Map<string, string>();

/**
 * A read whose SQL depends on the dialect alone, the owner being its one varying value. Building
 * and compiling a query with Kysely costs about as much as SQLite takes to run a small one, so
 * it is compiled once per dialect and then only the owner is filled in; on PostgreSQL it is
 * also prepared once per connection. Every other value must be a constant of the code.
 */
export function ownerRead<Row>(build: (tx: Executor, ownerId: number) => Compilable<Row>) {
  const compiled = new Map<Dialect, CompiledQuery<Row>>();
  return async (tx: Executor, ownerId: number): Promise<Row[]> => {
    let query = compiled.get(tx.dialect);
    if (!query) {
      query = build(tx, OWNER).compile();
      if (!query.parameters.includes(OWNER)) {
        throw new Error(`ownerRead: the query does not filter by owner: ${query.sql}`);
      }
      compiled.set(tx.dialect, query);
      if (tx.dialect === 'postgres' && !PREPARED_ON_POSTGRES.has(query.sql)) {
        PREPARED_ON_POSTGRES.set(query.sql, `wayfinder_${PREPARED_ON_POSTGRES.size + 1}`);
      }
    }
    const parameters = query.parameters.map((value) => (value === OWNER ? ownerId : value));
    const { rows } = await tx.kysely.executeQuery<Row>(CompiledQuery.raw(query.sql, parameters));
    return rows;
  };
}
