import { sql } from 'kysely';
import type { Executor } from './database';

/**
 * Makes concurrent imports of one owner take turns until the end of the transaction. SQLite
 * write transactions already do (BEGIN IMMEDIATE); PostgreSQL needs an advisory lock.
 */
export async function lockOwnerForImport(tx: Executor, ownerId: number): Promise<void> {
  if (tx.dialect !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(${IMPORT_LOCK}, ${ownerId})`.execute(tx.kysely);
}

/** Our namespace for advisory locks (any fixed number other code on the server is unlikely to use). */
const IMPORT_LOCK = 74_747;
