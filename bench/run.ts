import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { benchChecker } from './checker.bench';
import { benchImport } from './import.bench';
import {
  benchColdStart,
  benchPeopleApi,
  PEOPLE,
  postgresBenchLocation,
  sqliteBenchLocation,
} from './people.bench';
import { printTable, type Row } from './stats';
import { AGENDA_SIZE, benchToday } from './today.bench';

// npm run bench [-- people|import|today|checker]: every figure beside a baseline measured in the same run.
const only = process.argv[2];
const postgresUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const out = path.join('bench', 'results');
fs.mkdirSync(out, { recursive: true });

function save(name: string, title: string, rows: Row[], details: Record<string, unknown>) {
  printTable(title, rows);
  const file = path.join(out, `${name}.json`);
  fs.writeFileSync(
    file,
    `${JSON.stringify({ node: process.version, at: new Date().toISOString(), ...details, rows }, null, 2)}\n`,
  );
  console.log(`wrote ${file}`);
}

/** A fresh, empty PostgreSQL database for commands that own a whole database; null when none answers. */
async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const admin = new pg.Client({ connectionString: postgresUrl });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `wayfinder_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`drop database ${name} with (force)`);
      await client.end();
    },
  };
}

if (!only || only === 'people') {
  const rows: Row[] = [];
  const details: Record<string, unknown> = { people: PEOPLE };
  const sqlite = sqliteBenchLocation();
  const sqliteRun = await benchPeopleApi(sqlite.location, 'SQLite');
  rows.push(...sqliteRun.rows);
  details.sqlite = { seedMs: sqliteRun.seedMs, ...sqliteRun.results };
  const postgres = await postgresBenchLocation(postgresUrl);
  if (postgres) {
    const pgRun = await benchPeopleApi(postgres.location, 'PostgreSQL');
    rows.push(...pgRun.rows);
    details.postgres = { seedMs: pgRun.seedMs, ...pgRun.results };
    await postgres.drop();
  } else {
    console.log('!! SKIPPED PostgreSQL: nothing answers (set BENCH_DATABASE_URL)');
  }
  const startRows = await benchColdStart(sqlite.dataDir);
  rows.push(...startRows);
  save(
    'people',
    `People API with ${PEOPLE.toLocaleString('en')} people (in-process HTTP vs. the same SQL on the bare driver)`,
    rows,
    details,
  );
}

if (!only || only === 'import') {
  const database = await freshPostgresDatabase();
  if (!database)
    console.log('!! SKIPPED PostgreSQL import: nothing answers (set BENCH_DATABASE_URL)');
  try {
    const { rows, details } = await benchImport(database?.url ?? null);
    save(
      'import',
      'Importing a LinkedIn Connections.csv with the CLI (wall time of the whole command)',
      rows,
      details,
    );
  } finally {
    await database?.drop();
  }
}

if (!only || only === 'today') {
  const rows: Row[] = [];
  const details: Record<string, unknown> = { ...AGENDA_SIZE };
  const sqlite = sqliteBenchLocation();
  const sqliteRun = await benchToday(sqlite.location, 'SQLite');
  rows.push(...sqliteRun.rows);
  details.sqlite = sqliteRun.details;
  // A whole database, which the server process is started on.
  const postgres = await freshPostgresDatabase();
  if (postgres) {
    try {
      const pgRun = await benchToday({ kind: 'postgres', url: postgres.url }, 'PostgreSQL');
      rows.push(...pgRun.rows);
      details.postgres = pgRun.details;
    } finally {
      await postgres.drop();
    }
  } else {
    console.log('!! SKIPPED PostgreSQL: nothing answers (set BENCH_DATABASE_URL)');
  }
  save(
    'today',
    `Today agenda for ${AGENDA_SIZE.people.toLocaleString('en')} people, ${AGENDA_SIZE.interviews.toLocaleString('en')} interviews and ${AGENDA_SIZE.timeline.toLocaleString('en')} messages and interactions (GET /api/today on wayfinder serve over 127.0.0.1 vs. the same SQL on the bare driver)`,
    rows,
    details,
  );
}

if (!only || only === 'checker') {
  const { rows, details } = benchChecker();
  save(
    'checker',
    'Outreach checker on one core (texts per second vs. a bare word count)',
    rows,
    details,
  );
}
