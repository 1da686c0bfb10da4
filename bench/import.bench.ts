import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { parseContacts } from '#formats/import';
import { linkedinConnectionsCsv } from '#testing/linkedin-export';
import { ms, type Row } from './stats';

export const CONNECTIONS = 30_000;

type Run = { ms: number; peakRssMb: number; output: string };

/** Runs the real CLI as a user would, measuring wall time and peak RSS (VmHWM) until it exits. */
async function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/wayfinder.js', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakKb = 0;
  const poll = setInterval(() => {
    try {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // the process has just exited
    }
  }, 5);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(poll);
  if (code !== 0) throw new Error(`wayfinder ${args.join(' ')} failed:\n${output}`);
  return { ms: performance.now() - started, peakRssMb: peakKb / 1024, output };
}

/** The floor: parsing the file alone, plus a bare multi-row insert of the same rows. */
function floorMs(file: string): { parseMs: number; insertMs: number } {
  const bytes = fs.readFileSync(file);
  const parseStart = performance.now();
  const { contacts } = parseContacts(bytes);
  const parseMs = performance.now() - parseStart;
  const db = new BetterSqlite3(':memory:');
  db.exec(
    'create table person (id integer primary key, name text, organization text, title text, linkedin_url text, emails text, connected_on text)',
  );
  const insertStart = performance.now();
  const insert = db.prepare(
    'insert into person (name, organization, title, linkedin_url, emails, connected_on) values (?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const c of contacts)
      insert.run(
        c.name,
        c.organization,
        c.title,
        c.linkedinUrl,
        JSON.stringify(c.emails),
        c.connectedOn,
      );
  })();
  const insertMs = performance.now() - insertStart;
  db.close();
  return { parseMs, insertMs };
}

export async function benchImport(
  postgresUrl: string | null,
): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-import-bench-'));
  const file = path.join(dir, 'Connections.csv');
  fs.writeFileSync(file, linkedinConnectionsCsv(CONNECTIONS));
  const sizeMb = fs.statSync(file).size / 1048576;
  const floor = floorMs(file);
  const floorTotal = floor.parseMs + floor.insertMs;

  const sqliteEnv = { DATABASE_URL: '' };
  const dataDir = path.join(dir, 'data');
  const first = await runCli(['import', file, '--yes', '--json', '--data', dataDir], sqliteEnv);
  const again = await runCli(['import', file, '--yes', '--json', '--data', dataDir], sqliteEnv);
  const created = (JSON.parse(first.output) as { created: number }).created;
  const unchanged = (
    JSON.parse(again.output.slice(0, again.output.lastIndexOf('}') + 1)) as { unchanged: number }
  ).unchanged;
  if (created !== CONNECTIONS || unchanged !== CONNECTIONS)
    throw new Error(`expected ${CONNECTIONS} created and unchanged, got ${created} / ${unchanged}`);

  const rows: Row[] = [
    {
      name: `import ${CONNECTIONS.toLocaleString('en')} LinkedIn rows (${sizeMb.toFixed(1)} MB), CLI, fresh SQLite`,
      figure: ms(first.ms),
      baseline: `floor ${ms(floorTotal)} (parse ${ms(floor.parseMs)} + bare insert ${ms(floor.insertMs)})`,
      ratio: `${(first.ms / floorTotal).toFixed(1)}×`,
      target: '≤ 1500 ms',
      ok: first.ms <= 1500,
    },
    {
      name: 'import peak RSS (SQLite)',
      figure: `${first.peakRssMb.toFixed(0)} MB`,
      baseline: '',
      ratio: '',
      target: '≤ 250 MB',
      ok: first.peakRssMb <= 250,
    },
    {
      name: 're-import of the same file (all unchanged), SQLite',
      figure: ms(again.ms),
      baseline: `floor ${ms(floorTotal)}`,
      ratio: `${(again.ms / floorTotal).toFixed(1)}×`,
      target: '≤ 1000 ms',
      ok: again.ms <= 1000,
    },
  ];
  const details: Record<string, unknown> = {
    sizeMb,
    floor,
    sqlite: { first: first.ms, again: again.ms, peakRssMb: first.peakRssMb },
  };

  if (postgresUrl) {
    const pgEnv = { DATABASE_URL: postgresUrl };
    const pgFirst = await runCli(['import', file, '--yes', '--json'], pgEnv);
    const pgAgain = await runCli(['import', file, '--yes', '--json'], pgEnv);
    rows.push(
      {
        name: `import ${CONNECTIONS.toLocaleString('en')} LinkedIn rows, CLI, fresh PostgreSQL`,
        figure: ms(pgFirst.ms),
        baseline: `floor ${ms(floorTotal)}`,
        ratio: `${(pgFirst.ms / floorTotal).toFixed(1)}×`,
        target: '',
        ok: null,
      },
      {
        name: 'import peak RSS (PostgreSQL)',
        figure: `${pgFirst.peakRssMb.toFixed(0)} MB`,
        baseline: '',
        ratio: '',
        target: '≤ 250 MB',
        ok: pgFirst.peakRssMb <= 250,
      },
      {
        name: 're-import (all unchanged), PostgreSQL',
        figure: ms(pgAgain.ms),
        baseline: `floor ${ms(floorTotal)}`,
        ratio: `${(pgAgain.ms / floorTotal).toFixed(1)}×`,
        target: '',
        ok: null,
      },
    );
    details.postgres = { first: pgFirst.ms, again: pgAgain.ms, peakRssMb: pgFirst.peakRssMb };
  }
  return { rows, details };
}
