import type { Kysely } from 'kysely';
import type { Dialect } from '../database';

/**
 * A new table with our id column: AUTOINCREMENT on SQLite (an id is never reused after a
 * delete, so links and URLs never point at someone else), an identity column on PostgreSQL.
 */
export function createTableWithId(db: Kysely<unknown>, dialect: Dialect, table: string) {
  return db.schema
    .createTable(table)
    .addColumn('id', 'integer', (col) =>
      dialect === 'sqlite'
        ? col.primaryKey().autoIncrement()
        : col.primaryKey().generatedByDefaultAsIdentity(),
    );
}

/** The same, for a table whose rows belong to a user (every table but the users themselves). */
export function createOwnedTable(db: Kysely<unknown>, dialect: Dialect, table: string) {
  return createTableWithId(db, dialect, table).addColumn('owner_id', 'integer', (col) =>
    col.notNull().references('app_user.id').onDelete('cascade'),
  );
}
