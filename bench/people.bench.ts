import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
// The real server runs with @hono/node-server's lightweight Request and Response in place of
// the global ones; importing it gives the in-process requests the same classes.
import '@hono/node-server';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { fixedClock } from '#core/clock';
import { openDatabase, withWriteTransaction, type DatabaseLocation } from '#store/database';
import { migrateToLatest } from '#store/migrate';
import { ensureLocalUser } from '#store/user.store';
import { silentLogger, type ServiceContext } from '#services/context';
import { createPeople } from '#services/person.service';
import { createApp } from '#server/app';
import { generatePeople } from '#testing/people-generator';
import { ms, time, type Row, type Timing } from './stats';

export const PEOPLE = 30_000;
const ORIGIN = 'http://127.0.0.1:4747';

type Statement = { sql: string; parameters: readonly unknown[] };
type RawRunner = { run(statements: Statement[]): Promise<void>; close(): Promise<void> };

/** Seeds 30,000 people and times list, search and get-by-id through the in-process HTTP API. */
export async function benchPeopleApi(location: DatabaseLocation, label: string) {
  let capture: Statement[] | null = null;
  const db = openDatabase(location, (sql, parameters) => capture?.push({ sql, parameters }));
  const clock = fixedClock('2026-03-02T09:00:00.000Z');
  await migrateToLatest(db, clock.now());
  const userId = await withWriteTransaction(db, (tx) => ensureLocalUser(tx, clock.now()));
  const ctx: ServiceContext = {
    db,
    clock,
    log: silentLogger,
    userId,
    config: { dataDir: os.tmpdir(), database: location, host: '127.0.0.1', port: 4747 },
  };
  const seedStart = performance.now();
  const ids = await createPeople(ctx, generatePeople(PEOPLE));
  const seedMs = performance.now() - seedStart;
  const app = createApp(ctx, { webRoot: null, version: 'bench' });
  const raw = await rawRunner(location);

  const cases = [
    {
      name: 'list: first page of 50 by name',
      path: '/api/people?limit=50&sort=name',
      target: label === 'SQLite' ? 10 : null,
    },
    {
      name: 'search: a common word ("design")',
      path: '/api/people?limit=50&q=design',
      target: label === 'SQLite' ? 15 : null,
    },
    { name: 'get by id', path: `/api/people/${ids[Math.floor(ids.length / 2)]}`, target: null },
  ];
  const rows: Row[] = [];
  const results: Record<string, { api: Timing; raw: Timing; statements: number }> = {};
  for (const c of cases) {
    // The raw baseline replays exactly the SQL the endpoint ran, through the bare driver.
    capture = [];
    const check = await app.request(`${ORIGIN}${c.path}`);
    if (check.status !== 200) throw new Error(`${c.path} answered ${check.status}`);
    const statements: Statement[] = capture;
    capture = null;
    const api = await time(async () => (await app.request(`${ORIGIN}${c.path}`)).text());
    const base = await time(() => raw.run(statements));
    results[c.name] = { api, raw: base, statements: statements.length };
    rows.push({
      name: `${label} ${c.name} p99`,
      figure: `${ms(api.p99)} (p50 ${ms(api.p50)})`,
      baseline: `raw SQL ${ms(base.p99)} (p50 ${ms(base.p50)})`,
      ratio: `${(api.p50 / base.p50).toFixed(2)}× p50`,
      target: c.target ? `p99 ≤ ${c.target} ms, ≤ 2× raw` : '≤ 2× raw',
      ok: (c.target === null || api.p99 <= c.target) && api.p50 / base.p50 <= 2,
    });
  }
  await raw.close();
  await db.close();
  return { rows, results, seedMs };
}

async function rawRunner(location: DatabaseLocation): Promise<RawRunner> {
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
  return {
    async run(statements) {
      for (const { sql, parameters } of statements)
        await client.query(sql, parameters as unknown[]);
    },
    close: () => client.end(),
  };
}

/** Starts the built server on a data folder holding 30,000 people: time to first answer, and RSS. */
export async function benchColdStart(dataDir: string): Promise<Row[]> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['bin/wayfinder.js', 'serve', '--port', '0', '--data', dataDir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATABASE_URL: '' },
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
  let firstAnswer = 0;
  while (!firstAnswer) {
    const response = await fetch(`${url}/api/people?limit=50`).catch(() => null);
    if (response?.ok) firstAnswer = performance.now() - started;
  }
  for (let i = 0; i < 200; i += 1) {
    await (await fetch(`${url}/api/people?limit=50&q=${i % 2 ? 'design' : 'ana'}`)).json();
  }
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const rssMb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  child.kill('SIGTERM');
  const nodeStart = await timeBareNode();
  return [
    {
      name: 'cold start to first answered /api/people',
      figure: ms(firstAnswer),
      baseline: `bare node start ${ms(nodeStart)}`,
      ratio: `${(firstAnswer / nodeStart).toFixed(1)}×`,
      target: '≤ 1500 ms',
      ok: firstAnswer <= 1500,
    },
    {
      name: 'server RSS after 200 requests',
      figure: `${rssMb.toFixed(0)} MB`,
      baseline: '',
      ratio: '',
      target: '≤ 200 MB',
      ok: rssMb <= 200,
    },
  ];
}

async function timeBareNode(): Promise<number> {
  const started = performance.now();
  await new Promise((resolve) => spawn(process.execPath, ['-e', '0']).once('exit', resolve));
  return performance.now() - started;
}

export function sqliteBenchLocation(): { location: DatabaseLocation; dataDir: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-bench-'));
  return { location: { kind: 'sqlite', file: path.join(dataDir, 'wayfinder.db') }, dataDir };
}

/** A fresh schema on the benchmark PostgreSQL, or null when none answers. */
export async function postgresBenchLocation(
  url: string,
): Promise<{ location: DatabaseLocation; drop(): Promise<void> } | null> {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return null;
  }
  await client.query(`create schema ${schema}`);
  await client.end();
  return {
    location: { kind: 'postgres', url, schema },
    drop: async () => {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}
