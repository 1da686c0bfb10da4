import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../database';
import { createOwnedTable } from './tables';

/** Merges that can be undone, and pairs the user said are different people. */
export function mergesMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await createOwnedTable(db, dialect, 'person_merge')
        // No foreign key: merging the kept person again later must not delete this undo record.
        .addColumn('kept_id', 'integer', (col) => col.notNull())
        .addColumn('merged_id', 'integer', (col) => col.notNull())
        .addColumn('kept_version_after', 'integer', (col) => col.notNull())
        // Both people as they were (JSON), and whose introducer moved to the kept person.
        .addColumn('kept_before', 'text', (col) => col.notNull())
        .addColumn('merged_before', 'text', (col) => col.notNull())
        .addColumn('moved_introductions', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('undone_at', 'text')
        .execute();
      await db.schema
        .createIndex('person_merge_owner')
        .on('person_merge')
        .columns(['owner_id', 'created_at'])
        .execute();
      await db.schema
        .createIndex('person_merge_kept')
        .on('person_merge')
        .columns(['kept_id'])
        .execute();
      await db.schema
        .createTable('duplicate_dismissal')
        .addColumn('owner_id', 'integer', (col) =>
          col.notNull().references('app_user.id').onDelete('cascade'),
        )
        .addColumn('pair_key', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('duplicate_dismissal_pk', ['owner_id', 'pair_key'])
        .execute();
    },
  };
}
