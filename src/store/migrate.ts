import path from 'node:path';
import fs from 'node:fs';
import { Migrator, sql, type Migration, type MigrationResultSet } from 'kysely';
import type { DatabaseHandle, Dialect } from './database';
import { peopleMigration } from './migrations/0001-people';
import { importsMigration } from './migrations/0002-imports';
import { mergesMigration } from './migrations/0003-merges';
import { targetsMigration } from './migrations/0004-targets';

/** Every migration, in order. Forward-only: a landed migration is never edited, only followed. */
export function allMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-people': peopleMigration(dialect),
    '0002-imports': importsMigration(),
    '0003-merges': mergesMigration(dialect),
    '0004-targets': targetsMigration(dialect),
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
  const migrator = new Migrator({
    db: handle.kysely,
    provider: { getMigrations: async () => migrations },
    // Without a schema Kysely would find the migration table of any schema on the server.
    ...(handle.schema ? { migrationTableSchema: handle.schema } : {}),
  });
  const pending = (await migrator.getMigrations()).filter((m) => !m.executedAt);
  if (pending.length === 0) return { applied: [], backupFile: null };

  const backupFile = await backupSqliteIfItHasData(handle, now);
  const result: MigrationResultSet = await migrator.migrateToLatest();
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
