import { createHash } from 'node:crypto';
import { CompiledQuery, type Compilable } from 'kysely';
import type { Dialect, Executor } from './database';

/** Stand for the owner while a query is compiled; no row ever has a negative id. */
const OWNER = -1_999_999_937;
const OTHER_OWNER = -1_999_999_939;

/**
 * SQL texts PostgreSQL is sent as named prepared statements, so they are planned once per
 * connection rather than on every request (see `openPostgres`). Only the reads below add to it,
 * one text each, so it stays as small as the code. A name is a digest of its text: a session a
 * pooler hands on can only ever hold the same statement under the same name.
 */
export const PREPARED_ON_POSTGRES = new Map<string, string>();

type OwnerQuery = { sql: string; parameters: readonly unknown[]; ownerAt: number[] };

/**
 * A read whose SQL depends on the dialect alone, the owner being its one varying value. Building
 * and compiling a query with Kysely costs about as much as SQLite takes to run a small one, so
 * it is compiled once per dialect and then only the owner's positions are filled in; on
 * PostgreSQL it is also prepared once per connection.
 */
export function ownerRead<Row>(build: (tx: Executor, ownerId: number) => Compilable<Row>) {
  const compiled = new Map<Dialect, OwnerQuery>();
  return async (tx: Executor, ownerId: number): Promise<Row[]> => {
    let query = compiled.get(tx.dialect);
    if (!query) {
      query = compileForAnyOwner(tx, build);
      compiled.set(tx.dialect, query);
      if (tx.dialect === 'postgres' && !PREPARED_ON_POSTGRES.has(query.sql)) {
        const digest = createHash('sha256').update(query.sql).digest('hex').slice(0, 24);
        PREPARED_ON_POSTGRES.set(query.sql, `wayfinder_${digest}`);
      }
    }
    const parameters = [...query.parameters];
    for (const at of query.ownerAt) parameters[at] = ownerId;
    const { rows } = await tx.kysely.executeQuery<Row>(CompiledQuery.raw(query.sql, parameters));
    return rows;
  };
}

/**
 * The query compiled for two made-up owners: it must filter by owner, and nothing else may
 * change between the two, or a value of the first call would be kept for every later one.
 */
function compileForAnyOwner(
  tx: Executor,
  build: (tx: Executor, ownerId: number) => Compilable<unknown>,
): OwnerQuery {
  const one = build(tx, OWNER).compile();
  const other = build(tx, OTHER_OWNER).compile();
  const ownerAt = one.parameters.flatMap((value, at) => (value === OWNER ? [at] : []));
  if (ownerAt.length === 0) {
    throw new Error(`ownerRead: the query does not filter by owner: ${one.sql}`);
  }
  const sameOtherwise =
    one.sql === other.sql &&
    one.parameters.length === other.parameters.length &&
    one.parameters.every((value, at) =>
      ownerAt.includes(at)
        ? other.parameters[at] === OTHER_OWNER
        : JSON.stringify(value) === JSON.stringify(other.parameters[at]),
    );
  if (!sameOtherwise) {
    throw new Error(`ownerRead: the query must vary with the owner alone: ${one.sql}`);
  }
  return { sql: one.sql, parameters: one.parameters, ownerAt };
}
