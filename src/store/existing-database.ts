import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import {
  openDatabase,
  type DatabaseHandle,
  type DatabaseLocation,
  type Executor,
} from './database';
import { allMigrations } from './migrate';
import type { Database } from './schema';

/**
 * What a read-only command finds: no database yet, one whose schema is older than this code, or
 * one it can read (left open for the caller to close).
 */
export type ExistingDatabase =
  { state: 'missing' } | { state: 'outdated' } | { state: 'current'; handle: DatabaseHandle };

/**
 * Opens the configured database only if it already exists, never creating, migrating or
 * writing to it: a command that merely reads settings must leave no trace on a fresh machine.
 */
export async function openExistingDatabase(location: DatabaseLocation): Promise<ExistingDatabase> {
  if (location.kind === 'sqlite' && !fs.existsSync(location.file)) return { state: 'missing' };
  const handle =
    location.kind === 'sqlite' ? openSqliteReadOnly(location.file) : openDatabase(location);
  try {
    const state = await schemaState(handle);
    if (state === 'current') return { state, handle };
    await handle.close();
    return { state };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function openSqliteReadOnly(file: string): DatabaseHandle {
  const native = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  native.pragma('busy_timeout = 5000');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: native }) });
  return {
    kysely,
    dialect: 'sqlite',
    sqliteFile: file,
    schema: null,
    sqlite: native,
    close: () => kysely.destroy(),
  };
}

async function schemaState(handle: DatabaseHandle): Promise<'missing' | 'outdated' | 'current'> {
  const migrations = allMigrations(handle.dialect);
  // Reading the migration list creates nothing: Kysely only looks for its table.
  const known = await new Migrator({
    db: handle.kysely,
    provider: { getMigrations: async () => migrations },
    ...(handle.schema ? { migrationTableSchema: handle.schema } : {}),
  }).getMigrations();
  const applied = known.filter((migration) => migration.executedAt).length;
  if (applied === 0) return 'missing';
  return applied < known.length ? 'outdated' : 'current';
}

/** The local user, if the database has one yet; unlike `ensureLocalUser` it never creates one. */
export async function findLocalUser(tx: Executor): Promise<number | undefined> {
  const row = await tx.kysely
    .selectFrom('app_user')
    .select('id')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}
