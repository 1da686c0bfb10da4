import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../database';

/**
 * The warmth rank this migration indexes, as `warmthRank('relationship')` wrote it when it was
 * made. It is written out rather than built, so the migration stays what it was; a test holds
 * `warmthRank` to it, and a change of warmth needs a new migration that rebuilds the index.
 */
export const WARMTH_RANK_0015 = `(case "relationship" when 'friend' then 1 when 'family' then 0 when 'coworker' then 2 when 'classmate' then 3 when 'alumni' then 4 when 'association' then 5 when 'linkedin' then 7 when 'referral' then 5 when 'cold' then 9 when 'other' then 8 else 8 end)`;

/**
 * The next person to suggest at an organization is the warmest one free, then the first by name
 * in byte order (the engine's order, but for characters beyond U+FFFF) and by id. The
 * organization-relationship index of 0014 needed one walk per level of warmth, up to nine for
 * each organization; ordered by the warmth rank itself, and holding only people not archived,
 * one walk stops at the first person in no interview.
 */
export function warmestFirstMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.dropIndex('person_owner_organization_relationship').execute();
      const name = dialect === 'postgres' ? sql`name collate "C"` : sql`name`;
      await sql`create index person_owner_organization_warmth on person
        (owner_id, organization_id, ${sql.raw(WARMTH_RANK_0015)}, ${name}, id)
        where archived_at is null`.execute(db);
    },
  };
}
