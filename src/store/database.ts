import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  sql,
  type LogEvent,
  type PostgresCursor,
  type PostgresPool,
  type PostgresPoolClient,
  type PostgresQueryResult,
  type SqliteDatabase,
  type Transaction,
} from 'kysely';
import { createRequire } from 'node:module';
import type PgModule from 'pg';
import { PREPARED_ON_POSTGRES } from './compiled';
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
  /** The SQLite connection itself, for bulk writes that a query builder would slow down. */
  sqlite: BetterSqlite3.Database | null;
  close(): Promise<void>;
};

/** What store functions run against: the whole database or one transaction of it. */
export type Executor = {
  kysely: Kysely<Database> | Transaction<Database>;
  dialect: Dialect;
  /** Set inside SQLite write transactions: the same connection, for prepared bulk statements. */
  sqlite?: BetterSqlite3.Database;
};

export type DatabaseLocation =
  { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };

/**
 * The PostgreSQL driver, loaded on first use: most installations never open PostgreSQL, and
 * loading it costs every command's start-up time.
 */
function loadPg(): typeof PgModule {
  const pg = createRequire(import.meta.url)('pg') as typeof PgModule;
  // PostgreSQL returns bigint (count(*)) as text; every count we take fits a JS number.
  pg.types.setTypeParser(20, (value: string) => Number.parseInt(value, 10));
  return pg;
}

/** Called with every statement run; for diagnostics and benchmarks, never on by default. */
export type QueryObserver = (sql: string, parameters: readonly unknown[]) => void;

export function openDatabase(location: DatabaseLocation, observe?: QueryObserver): DatabaseHandle {
  return location.kind === 'sqlite'
    ? openSqlite(location.file, observe)
    : openPostgres(location, observe);
}

function logTo(observe: QueryObserver | undefined) {
  if (!observe) return {};
  return {
    log: (event: LogEvent) => {
      if (event.level === 'query') observe(event.query.sql, event.query.parameters);
    },
  };
}

function openSqlite(file: string, observe?: QueryObserver): DatabaseHandle {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const native = new BetterSqlite3(file);
  native.pragma('journal_mode = WAL');
  native.pragma('foreign_keys = ON');
  // The CLI and a running server share the file: wait for the other's write instead of failing.
  native.pragma('busy_timeout = 5000');
  native.pragma('synchronous = NORMAL');
  // Lets SQLite gather planner statistics it lacks, cheaply, as its documentation advises at open.
  native.pragma('optimize = 0x10002');
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(native) }),
    ...logTo(observe),
  });
  return {
    kysely,
    dialect: 'sqlite',
    sqliteFile: file === ':memory:' ? null : file,
    schema: null,
    sqlite: native,
    close: () => kysely.destroy(),
  };
}

const STATEMENT_CACHE_SIZE = 300;

/**
 * Kysely prepares every statement anew; preparing costs more than running most of our queries,
 * so keep the prepared statements of the most recent SQL texts. Safe because a connection runs
 * one statement at a time and we never stream (a streaming statement could not be reused).
 */
function withStatementCache(native: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => native.close(),
    prepare(text: string) {
      let statement = cache.get(text);
      if (!statement) {
        statement = native.prepare(text);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
        cache.set(text, statement);
      }
      return statement;
    },
  };
}

function openPostgres(
  location: { url: string; schema?: string },
  observe?: QueryObserver,
): DatabaseHandle {
  const pool = new (loadPg().Pool)({
    connectionString: location.url,
    max: 10,
    ...(location.schema ? { options: `-c search_path=${location.schema}` } : {}),
  });
  // Our queries are short; PostgreSQL's JIT compiler takes tens of milliseconds to speed up a
  // plan it merely estimates to be costly (Today's per-organization subqueries), so it is off.
  // Set on each new connection rather than as a startup option, which poolers may refuse.
  pool.on('connect', (client) => {
    client.query('set jit = off').catch(() => undefined);
  });
  const kysely = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: preparingPool(pool) }),
    ...logTo(observe),
  });
  return {
    kysely,
    dialect: 'postgres',
    sqliteFile: null,
    schema: location.schema ?? 'public',
    sqlite: null,
    close: () => kysely.destroy(),
  };
}

/**
 * The pool as Kysely sees it, sending the texts of `PREPARED_ON_POSTGRES` as named prepared
 * statements. Should the server not know a name, or know it already, or find its plan no longer
 * fits a changed table (a transaction-mode pooler hands sessions around), the statement is sent
 * plain, and so is every statement from then on. Inside a transaction the first error stands:
 * the transaction is aborted, and a retry could only report that.
 */
function preparingPool(pool: PgModule.Pool): PostgresPool {
  let naming = true;
  const wrappers = new WeakMap<PgModule.PoolClient, PostgresPoolClient>();
  const wrap = (client: PgModule.PoolClient): PostgresPoolClient => {
    const plain = (text: string, values: unknown[]) =>
      client.query(text, values) as Promise<PostgresQueryResult<unknown>>;
    const named = async (name: string, text: string, values: unknown[]) => {
      try {
        return (await client.query({ name, text, values })) as PostgresQueryResult<unknown>;
      } catch (error) {
        if (!PLAIN_WILL_DO.has((error as { code?: string }).code ?? '')) throw error;
        naming = false;
        return plain(text, values).catch((retry: { code?: string }) => {
          throw retry.code === IN_FAILED_TRANSACTION ? error : retry;
        });
      }
    };
    return {
      query: ((text: string | PostgresCursor<unknown>, parameters?: readonly unknown[]) => {
        if (typeof text !== 'string') return client.query(text as never);
        const values = [...(parameters ?? [])];
        const name = naming ? PREPARED_ON_POSTGRES.get(text) : undefined;
        return name === undefined ? plain(text, values) : named(name, text, values);
      }) as PostgresPoolClient['query'],
      release: () => client.release(),
    };
  };
  return {
    async connect() {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) wrappers.set(client, (wrapper = wrap(client)));
      return wrapper;
    },
    end: () => pool.end(),
  };
}

/**
 * invalid_sql_statement_name, duplicate_prepared_statement, and feature_not_supported ("cached
 * plan must not change result type").
 */
const PLAIN_WILL_DO = new Set(['26000', '42P05', '0A000']);
/** in_failed_sql_transaction */
const IN_FAILED_TRANSACTION = '25P02';

/** Refreshes the query planner's statistics, after a bulk change made them stale. */
export async function refreshPlannerStatistics(handle: DatabaseHandle): Promise<void> {
  if (handle.sqlite) {
    // A sample of each index is enough for good plans, and far quicker than a full scan.
    handle.sqlite.pragma('analysis_limit = 1000');
    await sql`analyze`.execute(handle.kysely);
  } else {
    // Only our tables: a hosted server's database may hold much else.
    await sql`analyze person, person_tag, organization`.execute(handle.kysely);
  }
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
      const result = await work({
        kysely: connection,
        dialect: 'sqlite',
        ...(handle.sqlite ? { sqlite: handle.sqlite } : {}),
      });
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}
