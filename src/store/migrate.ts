import path from 'node:path';
import fs from 'node:fs';
import { Migrator, sql, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import type { DatabaseHandle, Dialect } from './database';
import type { Database } from './schema';
import { peopleMigration } from './migrations/0001-people';
import { importsMigration } from './migrations/0002-imports';
import { mergesMigration } from './migrations/0003-merges';
import { targetsMigration } from './migrations/0004-targets';
import { interviewsMigration } from './migrations/0005-interviews';
import { settingsMigration } from './migrations/0006-settings';
import { mailMigration } from './migrations/0007-mail';
import { agendaIndexMigration } from './migrations/0008-agenda-index';
import { followUpSentMigration } from './migrations/0009-follow-up-sent';
import { mergeTimelineMigration } from './migrations/0011-merge-timeline';
import { playbookVersionMigration } from './migrations/0012-playbook-version';
import { keepInTouchMigration } from './migrations/0013-keep-in-touch';
import { nextPersonOrderMigration } from './migrations/0014-next-person-order';
import { warmestFirstMigration } from './migrations/0015-warmest-first';

/** Every migration, in order. Forward-only: a landed migration is never edited, only followed. */
export function allMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-people': peopleMigration(dialect),
    '0002-imports': importsMigration(),
    '0003-merges': mergesMigration(dialect),
    '0004-targets': targetsMigration(dialect),
    '0005-interviews': interviewsMigration(dialect),
    '0006-settings': settingsMigration(dialect),
    '0007-mail': mailMigration(dialect),
    '0008-agenda-index': agendaIndexMigration(),
    '0009-follow-up-sent': followUpSentMigration(),
    '0011-merge-timeline': mergeTimelineMigration(),
    '0012-playbook-version': playbookVersionMigration(),
    '0013-keep-in-touch': keepInTouchMigration(dialect),
    '0014-next-person-order': nextPersonOrderMigration(dialect),
    '0015-warmest-first': warmestFirstMigration(dialect),
  };
}

export type MigrationReport = { applied: string[]; backupFile: string | null };

/**
 * Brings the schema up to date. Before changing an SQLite file that already holds data it writes
 * a consistent copy beside it (backups/wayfinder-<time>.db), so a failed upgrade loses nothing.
 */
export async function migrateToLatest(
  handle: DatabaseHandle,
  now: Date,
  migrations: Record<string, Migration> = allMigrations(handle.dialect),
): Promise<MigrationReport> {
  const migratorOn = (db: Kysely<Database>) =>
    new Migrator({
      db,
      provider: { getMigrations: async () => migrations },
      // Without a schema Kysely would find the migration table of any schema on the server.
      ...(handle.schema ? { migrationTableSchema: handle.schema } : {}),
    });
  const pending = (await migratorOn(handle.kysely).getMigrations()).filter((m) => !m.executedAt);
  if (pending.length === 0) return { applied: [], backupFile: null };

  // The copy is taken before the lock: SQLite cannot VACUUM INTO inside a transaction.
  const backupFile = await backupSqliteIfItHasData(handle, now);
  const result = await (handle.dialect === 'sqlite'
    ? migrateSqliteAtomically(handle, migratorOn)
    : migratorOn(handle.kysely).migrateToLatest());
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    const restore = backupFile ? ` The data before the upgrade is in ${backupFile}.` : '';
    throw new Error(`Database upgrade failed in migration ${failed}: ${reason}.${restore}`);
  }
  return {
    applied: (result.results ?? [])
      .filter((r) => r.status === 'Success')
      .map((r) => r.migrationName),
    backupFile,
  };
}

/**
 * Kysely runs SQLite migrations without a transaction or a lock. Running them inside one
 * BEGIN IMMEDIATE makes an upgrade all-or-nothing (SQLite DDL is transactional) and lets the
 * server and the CLI, started together, take turns: the second finds nothing left to do.
 */
async function migrateSqliteAtomically(
  handle: DatabaseHandle,
  migratorOn: (db: Kysely<Database>) => Migrator,
): Promise<MigrationResultSet> {
  return handle.kysely.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    const result = await migratorOn(connection).migrateToLatest();
    await sql`${sql.raw(result.error ? 'rollback' : 'commit')}`.execute(connection);
    return result;
  });
}

async function backupSqliteIfItHasData(handle: DatabaseHandle, now: Date): Promise<string | null> {
  if (handle.dialect !== 'sqlite' || !handle.sqliteFile) return null;
  const tables = await sql<{
    n: number;
  }>`select count(*) as n from sqlite_master where type = 'table'`.execute(handle.kysely);
  if ((tables.rows[0]?.n ?? 0) === 0) return null;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const dir = path.join(path.dirname(handle.sqliteFile), 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${path.basename(handle.sqliteFile, '.db')}-${stamp}.db`);
  await sql`vacuum into ${file}`.execute(handle.kysely);
  return file;
}
