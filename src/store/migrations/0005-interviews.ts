import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../database';
import { createOwnedTable } from './tables';

/** Explorations, interviews, messages, interactions and the user's decisions about actions. */
export function interviewsMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const table = (name: string) => createOwnedTable(db, dialect, name);

      await table('exploration')
        .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
        .addColumn('title', 'text', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('key_questions', 'text', (col) => col.notNull().defaultTo('[]'))
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('exploration_owner')
        .on('exploration')
        .column('owner_id')
        .execute();

      await table('interview')
        .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
        .addColumn('person_id', 'integer', (col) =>
          col.notNull().references('person.id').onDelete('cascade'),
        )
        .addColumn('introduced_by_id', 'integer', (col) =>
          col.references('person.id').onDelete('set null'),
        )
        .addColumn('stage', 'text', (col) => col.notNull())
        .addColumn('playbook_id', 'text', (col) => col.notNull())
        .addColumn('request_sent_at', 'text')
        .addColumn('agreed_at', 'text')
        .addColumn('scheduled_for', 'text')
        .addColumn('held_at', 'text')
        .addColumn('thank_you_sent_at', 'text')
        .addColumn('introducer_thanked_at', 'text')
        .addColumn('questions_sent_at', 'text')
        .addColumn('last_reply_at', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('interview_owner_person')
        .on('interview')
        .columns(['owner_id', 'person_id'])
        .execute();
      await db.schema
        .createIndex('interview_owner_stage')
        .on('interview')
        .columns(['owner_id', 'stage'])
        .execute();

      await db.schema
        .createTable('interview_exploration')
        .addColumn('interview_id', 'integer', (col) =>
          col.notNull().references('interview.id').onDelete('cascade'),
        )
        .addColumn('exploration_id', 'integer', (col) =>
          col.notNull().references('exploration.id').onDelete('cascade'),
        )
        .addPrimaryKeyConstraint('interview_exploration_pk', ['interview_id', 'exploration_id'])
        .execute();
      await db.schema
        .createIndex('interview_exploration_exploration')
        .on('interview_exploration')
        .column('exploration_id')
        .execute();

      await table('message')
        .addColumn('interview_id', 'integer', (col) =>
          col.references('interview.id').onDelete('cascade'),
        )
        .addColumn('person_id', 'integer', (col) =>
          col.notNull().references('person.id').onDelete('cascade'),
        )
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('channel', 'text', (col) => col.notNull())
        .addColumn('subject', 'text')
        .addColumn('body', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('sent_at', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('message_owner_interview')
        .on('message')
        .columns(['owner_id', 'interview_id'])
        .execute();

      await table('interaction')
        .addColumn('person_id', 'integer', (col) =>
          col.notNull().references('person.id').onDelete('cascade'),
        )
        .addColumn('interview_id', 'integer', (col) =>
          col.references('interview.id').onDelete('set null'),
        )
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('summary', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('interaction_owner_person')
        .on('interaction')
        .columns(['owner_id', 'person_id', 'at'])
        .execute();
      await db.schema
        .createIndex('interaction_owner_at')
        .on('interaction')
        .columns(['owner_id', 'at'])
        .execute();

      await table('action_decision')
        .addColumn('action_id', 'text', (col) => col.notNull())
        .addColumn('decision', 'text', (col) => col.notNull())
        .addColumn('until', 'text')
        .addColumn('decided_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('action_decision_owner')
        .on('action_decision')
        .columns(['owner_id', 'id'])
        .execute();
    },
  };
}
