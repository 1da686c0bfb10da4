import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../database';
import { createOwnedTable, createTableWithId } from './tables';

/** Users, organizations and people, with the full-text index each dialect has. */
export function peopleMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await createTableWithId(db, dialect, 'app_user')
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();

      await createOwnedTable(db, dialect, 'organization')
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('name_key', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .addUniqueConstraint('organization_owner_key', ['owner_id', 'name_key'])
        .execute();

      await createOwnedTable(db, dialect, 'person')
        .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('sort_name', 'text', (col) => col.notNull())
        .addColumn('organization_id', 'integer', (col) =>
          col.references('organization.id').onDelete('set null'),
        )
        .addColumn('title', 'text')
        .addColumn('location', 'text')
        .addColumn('emails', 'text', (col) => col.notNull().defaultTo('[]'))
        .addColumn('phones', 'text', (col) => col.notNull().defaultTo('[]'))
        .addColumn('linkedin_url', 'text')
        .addColumn('relationship', 'text')
        .addColumn('introduced_by_id', 'integer', (col) =>
          col.references('person.id').onDelete('set null'),
        )
        .addColumn('how_met', 'text')
        .addColumn('notes', 'text')
        .addColumn('tags', 'text', (col) => col.notNull().defaultTo('[]'))
        .addColumn('source', 'text')
        .addColumn('archived_at', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();

      await db.schema
        .createTable('person_tag')
        .addColumn('owner_id', 'integer', (col) => col.notNull())
        .addColumn('person_id', 'integer', (col) =>
          col.notNull().references('person.id').onDelete('cascade'),
        )
        .addColumn('tag', 'text', (col) => col.notNull())
        .addColumn('label', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('person_tag_pk', ['person_id', 'tag'])
        .execute();

      // Few indexes, each earning its keep: every one slows the bulk import of a whole network.
      const indexes: [string, string, string[]][] = [
        ['person_owner_sort', 'person', ['owner_id', 'sort_name', 'id']],
        ['person_owner_updated', 'person', ['owner_id', 'updated_at']],
        // Filters come with the name order, so each index serves both without a sort.
        ['person_owner_organization', 'person', ['owner_id', 'organization_id', 'sort_name']],
        // Serves "whom they introduced" and the foreign key's ON DELETE SET NULL.
        ['person_introduced_by', 'person', ['introduced_by_id', 'sort_name']],
        ['person_tag_owner_tag', 'person_tag', ['owner_id', 'tag']],
      ];
      for (const [name, table, columns] of indexes) {
        await db.schema.createIndex(name).on(table).columns(columns).execute();
      }

      if (dialect === 'sqlite') {
        // rowid = person.id; the body holds folded word tokens written by the store.
        await sql`create virtual table person_search using fts5(body, tokenize = 'unicode61 remove_diacritics 2')`.execute(
          db,
        );
      } else {
        await sql`alter table person add column search_vector tsvector not null default ''::tsvector`.execute(
          db,
        );
        await sql`create index person_search_vector on person using gin (search_vector)`.execute(
          db,
        );
      }
    },
  };
}
