import http from 'node:http';
import os from 'node:os';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { fixedClock } from '#core/clock';
import {
  openDatabase,
  withWriteTransaction,
  type DatabaseHandle,
  type DatabaseLocation,
} from '#store/database';
import { migrateToLatest } from '#store/migrate';
import { ensureLocalUser } from '#store/user.store';
import { silentLogger, type ServiceContext } from '#services/context';
import { startServer } from '#server/serve';

export type Statement = { sql: string; parameters: readonly unknown[] };
export type RawRunner = { run(statements: Statement[]): Promise<void>; close(): Promise<void> };

export const BENCH_ORIGIN = 'http://127.0.0.1:4747';

/**
 * A migrated database with its local user. Timed requests go through a handle without a query
 * observer, as in production; `captured` runs work on a second, observed handle to the same
 * database, so the raw baselines can replay exactly the statements an endpoint ran.
 */
export async function openBenchContext(location: DatabaseLocation, now: string) {
  let capture: Statement[] | null = null;
  const db: DatabaseHandle = openDatabase(location);
  const clock = fixedClock(now);
  await migrateToLatest(db, clock.now());
  const userId = await withWriteTransaction(db, (tx) => ensureLocalUser(tx, clock.now()));
  const ctx: ServiceContext = {
    db,
    clock,
    log: silentLogger,
    userId,
    config: { dataDir: os.tmpdir(), database: location, host: '127.0.0.1', port: 4747 },
  };
  return {
    ctx,
    /** The statements `work` ran, in order, given a context whose queries are observed. */
    async captured(work: (observed: ServiceContext) => Promise<unknown>): Promise<Statement[]> {
      capture = [];
      const observed = openDatabase(location, (sql, parameters) =>
        capture?.push({ sql, parameters }),
      );
      try {
        await work({ ...ctx, db: observed });
      } finally {
        await observed.close();
      }
      const statements = capture;
      capture = null;
      return statements;
    },
  };
}

/**
 * The real server (as `wayfinder serve` starts it) on an ephemeral 127.0.0.1 port, and a client
 * that GETs a path over one kept-alive connection and keeps the body as bytes, as a browser does.
 */
export async function benchServer(ctx: ServiceContext) {
  const server = await startServer({ ...ctx, config: { ...ctx.config, port: 0 } });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (pathname: string) =>
    new Promise<{ status: number; body: Buffer }>((resolve, reject) => {
      const request = http.get(`${server.url}${pathname}`, { agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }),
        );
        response.on('error', reject);
      });
      request.on('error', reject);
    });
  return {
    get,
    close: async () => {
      agent.destroy();
      await server.close();
    },
  };
}

export async function rawRunner(location: DatabaseLocation): Promise<RawRunner> {
  if (location.kind === 'sqlite') {
    const native = new BetterSqlite3(location.file, { readonly: true });
    const prepared = new Map<string, BetterSqlite3.Statement>();
    return {
      async run(statements) {
        for (const { sql, parameters } of statements) {
          let statement = prepared.get(sql);
          if (!statement) prepared.set(sql, (statement = native.prepare(sql)));
          statement.all(...(parameters as unknown[]));
        }
      },
      close: async () => {
        native.close();
      },
    };
  }
  const client = new pg.Client({
    connectionString: location.url,
    ...(location.schema ? { options: `-c search_path=${location.schema}` } : {}),
  });
  await client.connect();
  // The same session settings as the app's pool (see openPostgres).
  await client.query('set jit = off');
  return {
    async run(statements) {
      for (const { sql, parameters } of statements)
        await client.query(sql, parameters as unknown[]);
    },
    close: () => client.end(),
  };
}
