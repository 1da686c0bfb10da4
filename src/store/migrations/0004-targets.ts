import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../database';
import { createOwnedTable } from './tables';

/** Organizations, roles and fields the user aims at, with motivation and posting. */
export function targetsMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await createOwnedTable(db, dialect, 'target')
        .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('organization_id', 'integer', (col) =>
          col.references('organization.id').onDelete('cascade'),
        )
        .addColumn('label', 'text', (col) => col.notNull())
        .addColumn('motivation', 'integer', (col) => col.notNull())
        .addColumn('posting', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('notes', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('target_owner')
        .on('target')
        .columns(['owner_id', 'organization_id'])
        .execute();
    },
  };
}
