import type { Kysely, Migration } from 'kysely';

/**
 * A merge moves the duplicate's interviews, messages and interactions to the kept person; the
 * merge record now lists them, so undoing the merge gives them back. Older merges list nothing.
 */
export function mergeTimelineMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('person_merge')
        .addColumn('moved_timeline', 'text', (col) => col.notNull().defaultTo('{}'))
        .execute();
    },
  };
}
