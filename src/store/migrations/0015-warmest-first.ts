import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../database';
import { warmthRank } from '../warmth-order';

/**
 * The next person to suggest at an organization is the warmest one free, then the first by name
 * in code-unit order and by id. The organization-relationship index of 0014 needed one walk per
 * level of warmth, up to nine for each organization; ordered by the warmth rank itself, and
 * holding only people not archived, one walk stops at the first person in no interview.
 */
export function warmestFirstMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.dropIndex('person_owner_organization_relationship').execute();
      const name = dialect === 'postgres' ? sql`name collate "C"` : sql`name`;
      await sql`create index person_owner_organization_warmth on person
        (owner_id, organization_id, ${warmthRank('relationship')}, ${name}, id)
        where archived_at is null`.execute(db);
    },
  };
}
