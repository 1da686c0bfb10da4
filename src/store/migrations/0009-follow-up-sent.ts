import type { Kysely, Migration } from 'kysely';

/**
 * When the user last sent a follow-up on the current request, so Today stops asking for one.
 * Interviews from before this migration have none recorded; their reminders stay until done.
 */
export function followUpSentMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('interview').addColumn('follow_up_sent_at', 'text').execute();
    },
  };
}
