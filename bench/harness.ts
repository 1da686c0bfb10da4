import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { getRequestListener } from '@hono/node-server';
import pg from 'pg';
import { fixedClock } from '#core/clock';
import {
  openDatabase,
  withWriteTransaction,
  type DatabaseHandle,
  type DatabaseLocation,
} from '#store/database';
import { migrateToLatest } from '#store/migrate';
import { PREPARED_ON_POSTGRES } from '#store/compiled';
import { ensureLocalUser } from '#store/user.store';
import { silentLogger, type ServiceContext } from '#services/context';
import { keepRequestObjectsYoung } from '#server/serve';

export type Statement = { sql: string; parameters: readonly unknown[] };
export type RawRunner = { run(statements: Statement[]): Promise<void>; close(): Promise<void> };

export const BENCH_ORIGIN = 'http://127.0.0.1:4747';

/**
 * In-process requests served as `wayfinder serve` serves them: with the Request and Response
 * classes the real server uses (since @hono/node-server 2 a mere import no longer puts its
 * lightweight classes in place of the global ones; making a request listener does, as the
 * server does when it starts), and with its garbage collection settings.
 */
export function useServerSettings(): void {
  getRequestListener(() => new Response(null));
  keepRequestObjectsYoung();
}

/**
 * A JSON response's body as the real server writes it. `wayfinder serve` encodes the string the
 * response holds (@hono/node-server keeps it under a `cache` symbol) straight onto the socket;
 * `text()` would first wrap it in a web stream and encode and decode it again, work no server
 * and no client in another process does, which cost 35 µs a request and 115 µs for a page of
 * 50 people. The encoding is done here too. Should a new @hono/node-server keep the body
 * elsewhere, this fails rather than quietly measure something else.
 */
export function servedBody(response: Response): string {
  const cache = Object.getOwnPropertySymbols(response).find((key) => key.description === 'cache');
  const held = cache && (response as unknown as Record<symbol, unknown[] | undefined>)[cache]?.[1];
  if (typeof held !== 'string') {
    throw new Error('servedBody: this response holds no string body; read it with text()');
  }
  Buffer.from(held);
  return held;
}

/** A full garbage collection (`npm run bench` gives node --expose-gc); nothing without it. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

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
 * The real server as `wayfinder serve` starts it, in its own process on an ephemeral 127.0.0.1
 * port, on the database at `location` (a PostgreSQL one is the whole database in its URL).
 */
export async function startServerProcess(location: DatabaseLocation) {
  if (location.kind === 'postgres' && location.schema) {
    throw new Error('the server process takes a whole PostgreSQL database, not a schema');
  }
  const child = spawn(
    process.execPath,
    [
      'bin/wayfinder.js',
      'serve',
      '--port',
      '0',
      ...(location.kind === 'sqlite' ? ['--data', path.dirname(location.file)] : []),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATABASE_URL: location.kind === 'postgres' ? location.url : '' },
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    /** CPU time the server process has used so far, in milliseconds (Linux). */
    cpuMs(): number {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Linux reports process CPU time in clock ticks of 1/100 s (USER_HZ). */
const CLOCK_TICKS_PER_SECOND = 100;

/** GETs paths of `base` over one kept-alive connection and keeps each body as bytes, as a browser does. */
export function httpClient(base: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (pathname: string) =>
    new Promise<{ status: number; body: Buffer }>((resolve, reject) => {
      const request = http.get(`${base}${pathname}`, { agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }),
        );
        response.on('error', reject);
      });
      request.on('error', reject);
    });
  return { get, close: () => agent.destroy() };
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
      for (const { sql, parameters } of statements) {
        // Named as the server names them, so both are planned alike.
        const name = PREPARED_ON_POSTGRES.get(sql);
        const values = parameters as unknown[];
        await (name ? client.query({ name, text: sql, values }) : client.query(sql, values));
      }
    },
    close: () => client.end(),
  };
}
