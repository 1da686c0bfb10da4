import type { Kysely, Migration } from 'kysely';

/**
 * A version on each of the user's playbooks, so two tabs editing the same copy cannot silently
 * overwrite each other. Copies from before start at version 1.
 */
export function playbookVersionMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('playbook')
        .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
        .execute();
    },
  };
}
