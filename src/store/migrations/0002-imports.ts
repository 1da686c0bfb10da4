import type { Kysely, Migration } from 'kysely';

/** When a connection began (LinkedIn's "Connected On") and when a person was first imported. */
export function importsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('person').addColumn('connected_on', 'text').execute();
      await db.schema.alterTable('person').addColumn('imported_at', 'text').execute();
    },
  };
}
