import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../database';

/**
 * The next person to suggest at an organization is the first by name in code-unit order, then by
 * id, as the engine compares them. On PostgreSQL the organization-relationship index of 0013 kept
 * names in the database's collation, so every walk ended in a sort; rebuilt with `collate "C"`
 * and the id, a walk stops at its first free person. SQLite's default order is already code
 * units; its index only gains the id.
 */
export function nextPersonOrderMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.dropIndex('person_owner_organization_relationship').execute();
      const name = dialect === 'postgres' ? sql`name collate "C"` : sql`name`;
      await sql`create index person_owner_organization_relationship on person
        (owner_id, organization_id, relationship, archived_at, ${name}, id)`.execute(db);
    },
  };
}
