import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql, type Migration } from 'kysely';
import { openDatabase, withWriteTransaction } from './database';
import { allMigrations, migrateToLatest } from './migrate';
import { ensureLocalUser } from './user.store';
import { insertPeople } from './person.store';
import { listPeople } from './person-query.store';
import { dropTestSchemas, testDatabases } from '#testing/databases';
import { aPersonRecord } from '#testing/person-records';

const execFileAsync = promisify(execFile);
const now = new Date('2026-03-02T09:00:00.000Z');

function tempFile() {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-db-')), 'wayfinder.db');
}

describe('the embedded SQLite database', () => {
  test('runs in WAL mode with foreign keys on', async () => {
    const db = openDatabase({ kind: 'sqlite', file: tempFile() });
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db.kysely);
    const keys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db.kysely);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    expect(keys.rows[0]?.foreign_keys).toBe(1);
    await db.close();
  });

  test('applies migrations once and backs up a file that holds data before changing it', async () => {
    const file = tempFile();
    const db = openDatabase({ kind: 'sqlite', file });
    const created = await migrateToLatest(db, now);
    expect(created.applied).toEqual(Object.keys(allMigrations('sqlite')));
    expect(created.applied[0]).toBe('0001-people');
    expect(created.backupFile).toBeNull(); // a new, empty file has nothing to lose
    expect((await migrateToLatest(db, now)).applied).toEqual([]);
    const owner = await withWriteTransaction(db, (tx) => ensureLocalUser(tx, now));
    await withWriteTransaction(db, (tx) =>
      insertPeople(tx, owner, [aPersonRecord('Kept Person')], now),
    );

    const later: Record<string, Migration> = {
      ...allMigrations('sqlite'),
      '9999-later': {
        up: (k) => k.schema.alterTable('person').addColumn('nickname', 'text').execute(),
      },
    };
    const report = await migrateToLatest(db, now, later);
    expect(report.applied).toEqual(['9999-later']);
    expect(report.backupFile).toMatch(/backups\/wayfinder-2026-03-02T09-00-00-000Z\.db$/);
    const backup = openDatabase({ kind: 'sqlite', file: report.backupFile! });
    const kept = await sql<{ name: string }>`select name from person`.execute(backup.kysely);
    expect(kept.rows).toEqual([{ name: 'Kept Person' }]);
    await Promise.all([backup.close(), db.close()]);
  });

  test('names the failed migration and the backup when an upgrade fails', async () => {
    const file = tempFile();
    const db = openDatabase({ kind: 'sqlite', file });
    await migrateToLatest(db, now);
    const broken: Record<string, Migration> = {
      ...allMigrations('sqlite'),
      '9999-broken': { up: (k) => sql`this is not sql`.execute(k).then(() => undefined) },
    };
    await expect(migrateToLatest(db, now, broken)).rejects.toThrow(
      /9999-broken.*backups\/wayfinder-/,
    );
    await db.close();
  });

  test('lets the CLI write the same file while the server is writing it', async () => {
    const file = tempFile();
    const server = openDatabase({ kind: 'sqlite', file });
    await migrateToLatest(server, now);
    const owner = await withWriteTransaction(server, (tx) => ensureLocalUser(tx, now));
    const cliRuns = Array.from({ length: 3 }, (_, i) =>
      execFileAsync(process.execPath, [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'people',
        'add',
        '--name',
        `From CLI ${i}`,
        '--data',
        path.dirname(file),
      ]),
    );
    let cliDone = false;
    const allCliRuns = Promise.all(cliRuns).finally(() => (cliDone = true));
    // Keep writing from the "server" for as long as the CLI processes run, so they overlap.
    let written = 0;
    while (!cliDone) {
      await withWriteTransaction(server, (tx) =>
        insertPeople(tx, owner, [aPersonRecord(`From server ${written}`)], now),
      );
      written += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await allCliRuns;
    const people = await listPeople({ kysely: server.kysely, dialect: 'sqlite' }, owner, {
      terms: ['from'],
      archived: 'false',
      limit: 1000,
      offset: 0,
    });
    expect(people.filter((p) => p.name.startsWith('From CLI'))).toHaveLength(3);
    expect(written).toBeGreaterThan(10);
    expect(people).toHaveLength(written + 3);
    await server.close();
  });

  test('lets two processes that start together on a new file both open it', async () => {
    const dir = path.dirname(tempFile());
    const runs = ['Ana', 'Ben', 'Cleo'].map((name) =>
      execFileAsync(process.execPath, [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'people',
        'add',
        '--name',
        name,
        '--data',
        dir,
      ]),
    );
    await Promise.all(runs);
    const db = openDatabase({ kind: 'sqlite', file: path.join(dir, 'wayfinder.db') });
    const names = await sql<{ name: string }>`select name from person order by name`.execute(
      db.kysely,
    );
    expect(names.rows.map((row) => row.name)).toEqual(['Ana', 'Ben', 'Cleo']);
    await db.close();
  });
});

describe.each(testDatabases.filter((database) => database.name === 'postgres'))(
  'PostgreSQL sessions',
  (database) => {
    afterAll(dropTestSchemas);

    test('run without the JIT compiler, on every connection of the pool', async () => {
      const db = openDatabase(await database.location());
      try {
        // Several at once, so the pool opens more than one connection.
        const settings = await Promise.all(
          [1, 2, 3].map(() => sql<{ jit: string }>`show jit`.execute(db.kysely)),
        );
        expect(settings.map(({ rows }) => rows[0]?.jit)).toEqual(['off', 'off', 'off']);
      } finally {
        await db.close();
      }
    });
  },
);
