import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { fixedClock, type Clock } from '#core/clock';
import { openDatabase, withWriteTransaction, type DatabaseLocation } from '#store/database';
import { migrateToLatest } from '#store/migrate';
import { ensureLocalUser } from '#store/user.store';
import type { AppConfig } from '#services/config';
import { silentLogger, type ServiceContext } from '#services/context';

export type TestDatabase = {
  name: 'sqlite' | 'postgres';
  location: () => Promise<DatabaseLocation>;
};

const postgresUrl = process.env.TEST_DATABASE_URL;

/**
 * The databases every store and service suite runs on: SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set (each suite in a schema of its own, dropped afterwards).
 */
export const testDatabases: TestDatabase[] = [
  { name: 'sqlite', location: async () => ({ kind: 'sqlite', file: ':memory:' }) },
  ...(postgresUrl
    ? [{ name: 'postgres' as const, location: () => freshPostgresSchema(postgresUrl) }]
    : []),
];

const createdSchemas: string[] = [];

async function freshPostgresSchema(url: string): Promise<DatabaseLocation> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  createdSchemas.push(schema);
  return { kind: 'postgres', url, schema };
}

/** Drops the PostgreSQL schemas this test file created. */
export async function dropTestSchemas(): Promise<void> {
  if (!postgresUrl || createdSchemas.length === 0) return;
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  for (const schema of createdSchemas.splice(0)) {
    await client.query(`drop schema if exists ${schema} cascade`);
  }
  await client.end();
}

/** A migrated database with its local user, and a context acting as that user. */
export async function openTestContext(
  database: TestDatabase,
  clock: Clock = fixedClock('2026-03-02T09:00:00.000Z'),
): Promise<ServiceContext> {
  const location = await database.location();
  const db = openDatabase(location);
  await migrateToLatest(db, clock.now());
  const userId = await withWriteTransaction(db, (tx) => ensureLocalUser(tx, clock.now()));
  const config: AppConfig = {
    dataDir: '/nonexistent',
    database: location,
    host: '127.0.0.1',
    port: 0,
  };
  return { db, clock, log: silentLogger, config, userId };
}

/** A second user in the same database, to prove rows never cross owners. */
export async function addOtherUser(ctx: ServiceContext): Promise<ServiceContext> {
  const { id } = await ctx.db.kysely
    .insertInto('app_user')
    .values({ name: 'Someone else', created_at: ctx.clock.now().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ...ctx, userId: id };
}
