import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type Dialect = 'sqlite' | 'postgres';

/** An open database: the typed query builder plus what the store needs to know about it. */
export type DatabaseHandle = {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** The SQLite file, when the database is one (not for `:memory:`). */
  sqliteFile: string | null;
  /** The PostgreSQL schema the tables live in. */
  schema: string | null;
  close(): Promise<void>;
};

/** What store functions run against: the whole database or one transaction of it. */
export type Executor = { kysely: Kysely<Database> | Transaction<Database>; dialect: Dialect };

export type DatabaseLocation =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; schema?: string };

// PostgreSQL returns bigint (count(*)) as text; every count we take fits a JS number.
pg.types.setTypeParser(20, (value: string) => Number.parseInt(value, 10));

export function openDatabase(location: DatabaseLocation): DatabaseHandle {
  return location.kind === 'sqlite' ? openSqlite(location.file) : openPostgres(location);
}

function openSqlite(file: string): DatabaseHandle {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const native = new BetterSqlite3(file);
  native.pragma('journal_mode = WAL');
  native.pragma('foreign_keys = ON');
  // The CLI and a running server share the file: wait for the other's write instead of failing.
  native.pragma('busy_timeout = 5000');
  native.pragma('synchronous = NORMAL');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: native }) });
  return {
    kysely,
    dialect: 'sqlite',
    sqliteFile: file === ':memory:' ? null : file,
    schema: null,
    close: () => kysely.destroy(),
  };
}

function openPostgres(location: { url: string; schema?: string }): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: location.url,
    max: 10,
    ...(location.schema ? { options: `-c search_path=${location.schema}` } : {}),
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kysely,
    dialect: 'postgres',
    sqliteFile: null,
    schema: location.schema ?? 'public',
    close: () => kysely.destroy(),
  };
}

/**
 * Runs `work` in one write transaction. On SQLite it begins IMMEDIATE so a concurrent writer
 * (the CLI beside the server) waits on busy_timeout instead of failing half-way.
 */
export async function withWriteTransaction<T>(
  handle: DatabaseHandle,
  work: (tx: Executor) => Promise<T>,
): Promise<T> {
  if (handle.dialect === 'postgres') {
    return handle.kysely.transaction().execute((trx) => work({ kysely: trx, dialect: 'postgres' }));
  }
  return handle.kysely.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await work({ kysely: connection, dialect: 'sqlite' });
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}
