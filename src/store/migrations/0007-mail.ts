import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../database';
import { createOwnedTable } from './tables';

/** Each user's SMTP server, for sending outreach straight from Wayfinder. */
export function mailMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await createOwnedTable(db, dialect, 'mail_setting')
        .addColumn('host', 'text', (col) => col.notNull())
        .addColumn('port', 'integer', (col) => col.notNull())
        .addColumn('security', 'text', (col) => col.notNull())
        .addColumn('username', 'text', (col) => col.notNull())
        .addColumn('password', 'text')
        .addColumn('from_name', 'text', (col) => col.notNull())
        .addColumn('from_address', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      // One mail server per user.
      await db.schema
        .createIndex('mail_setting_owner')
        .on('mail_setting')
        .column('owner_id')
        .unique()
        .execute();
    },
  };
}
