import fs from 'node:fs';
import path from 'node:path';
import { benchColdStart, benchPeopleApi, PEOPLE, postgresBenchLocation, sqliteBenchLocation } from './people.bench';
import { printTable, type Row } from './stats';

// npm run bench: every figure beside a baseline measured in the same run; results in bench/results.
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const rows: Row[] = [];
const details: Record<string, unknown> = { people: PEOPLE, node: process.version, at: new Date().toISOString() };

const sqlite = sqliteBenchLocation();
const sqliteRun = await benchPeopleApi(sqlite.location, 'SQLite');
rows.push(...sqliteRun.rows);
details.sqlite = { seedMs: sqliteRun.seedMs, ...sqliteRun.results };
console.log(`SQLite: seeded ${PEOPLE} people in ${(sqliteRun.seedMs / 1000).toFixed(1)} s`);

const postgres = await postgresBenchLocation(postgresUrl);
if (postgres) {
  const pgRun = await benchPeopleApi(postgres.location, 'PostgreSQL');
  rows.push(...pgRun.rows);
  details.postgres = { seedMs: pgRun.seedMs, ...pgRun.results };
  console.log(`PostgreSQL: seeded ${PEOPLE} people in ${(pgRun.seedMs / 1000).toFixed(1)} s`);
  await postgres.drop();
} else {
  console.log(`!! SKIPPED PostgreSQL: nothing answers at ${postgresUrl.replace(/\/\/[^@]*@/, '//…@')} (set BENCH_DATABASE_URL)`);
}

const startRows = await benchColdStart(sqlite.dataDir);
rows.push(...startRows);
details.coldStart = startRows;

printTable(`People API with ${PEOPLE.toLocaleString('en')} people (in-process HTTP vs. the same SQL on the bare driver)`, rows);
const out = path.join('bench', 'results');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'people.json'), `${JSON.stringify({ ...details, rows }, null, 2)}\n`);
console.log(`\nwrote ${path.join(out, 'people.json')}`);
