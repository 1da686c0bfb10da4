import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../database';
import { createOwnedTable } from './tables';

/** Each user's profile, time zone, active playbook and calendar secret; their own playbooks. */
export function settingsMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await createOwnedTable(db, dialect, 'user_setting')
        .addColumn('name', 'text')
        .addColumn('email', 'text')
        .addColumn('summary', 'text')
        .addColumn('time_zone', 'text')
        .addColumn('playbook_id', 'text')
        .addColumn('calendar_secret', 'text')
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('user_setting_owner')
        .on('user_setting')
        .column('owner_id')
        .unique()
        .execute();
      // The feed is found by its secret alone, before anyone is known.
      await db.schema
        .createIndex('user_setting_calendar_secret')
        .on('user_setting')
        .column('calendar_secret')
        .unique()
        .execute();

      await createOwnedTable(db, dialect, 'playbook')
        .addColumn('playbook_id', 'text', (col) => col.notNull())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('rules', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('playbook_owner_playbook_id')
        .on('playbook')
        .columns(['owner_id', 'playbook_id'])
        .unique()
        .execute();
    },
  };
}
