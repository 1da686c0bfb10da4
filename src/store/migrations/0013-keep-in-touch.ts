import { sql, type Kysely, type Migration, type RawBuilder } from 'kysely';
import type { Dialect } from '../database';

/**
 * Today must not read a person's whole timeline to know when the user was last in touch, so each
 * person carries facts kept by the database itself, through triggers on every insert, update and
 * delete (cascades included), whichever code path or process wrote:
 * - `last_contact_at`: their latest interaction of any kind but a stage change;
 * - `last_conversation_at` / `_id` / `_playbook_id`: their latest interview held or closed, when
 *   it happened (held, else scheduled) and the playbook it follows;
 * - `last_touch_at` (generated): the later of the two, indexed for people talked with, so the
 *   keep-in-touch reminders that can fall due are one range of that index.
 * An index on each organization's people by relationship finds the warmest person not yet asked
 * there in a few index steps instead of ranking everyone who works there.
 */
export function keepInTouchMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // One column at a time: SQLite cannot add several in one statement.
      const columns = [
        ['last_contact_at', 'text'],
        ['last_conversation_at', 'text'],
        ['last_conversation_id', 'integer'],
        ['last_conversation_playbook_id', 'text'],
      ] as const;
      for (const [column, type] of columns) {
        await db.schema.alterTable('person').addColumn(column, type).execute();
      }
      // SQLite can only add a generated column computed on read; PostgreSQL only a stored one.
      await db.schema
        .alterTable('person')
        .addColumn('last_touch_at', 'text', (col) => {
          const generated = col.generatedAlwaysAs(LAST_TOUCH);
          return dialect === 'postgres' ? generated.stored() : generated;
        })
        .execute();
      // Everything Today filters keep-in-touch people by, so ranking them reads the index alone.
      await db.schema
        .createIndex('person_owner_last_touch')
        .on('person')
        .columns(['owner_id', 'last_touch_at', 'last_conversation_playbook_id', 'id'])
        .where(sql.ref('last_conversation_id'), 'is not', null)
        .where(sql.ref('archived_at'), 'is', null)
        .execute();
      await db.schema
        .createIndex('person_owner_organization_relationship')
        .on('person')
        .columns(['owner_id', 'organization_id', 'relationship', 'archived_at', 'name'])
        .execute();

      const statements = dialect === 'sqlite' ? sqliteTriggers() : postgresTriggers();
      for (const statement of statements) await statement.execute(db);
      const everyone = { owner: sql.ref('person.owner_id'), person: sql.ref('person.id') };
      await sql`update person set last_contact_at = ${lastContactOf(everyone)}`.execute(db);
      await sql`update person set ${CONVERSATION_COLUMNS} = (${latestConversationOf(everyone)})`.execute(
        db,
      );
    },
  };
}

/** The later of the last contact and the last conversation; null only when neither is known. */
const LAST_TOUCH = sql`case when last_conversation_at is null or last_contact_at > last_conversation_at
  then last_contact_at else last_conversation_at end`;

const CONVERSATION_COLUMNS = sql`(last_conversation_at, last_conversation_id, last_conversation_playbook_id)`;

/** Whose facts to work out: references to an owner and a person id (the owner leads our indexes). */
type Whose = { owner: RawBuilder<unknown>; person: RawBuilder<unknown> };

/** The latest interaction with the person that is contact (a stage change is bookkeeping). */
function lastContactOf({ owner, person }: Whose) {
  return sql`(select max(x.at) from interaction x
    where x.owner_id = ${owner} and x.person_id = ${person} and x.kind <> 'stage_change')`;
}

/** When, and which, the latest conversation with the person was: no row when none. */
function latestConversationOf({ owner, person }: Whose) {
  return sql`select coalesce(c.held_at, c.scheduled_for), c.id, c.playbook_id from interview c
    where c.owner_id = ${owner} and c.person_id = ${person} and c.stage in ('held', 'closed')
    order by coalesce(c.held_at, c.scheduled_for) desc nulls last, c.id desc limit 1`;
}

function refreshContact(whose: Whose) {
  return sql`update person set last_contact_at = ${lastContactOf(whose)} where id = ${whose.person}`;
}

function refreshConversation(whose: Whose) {
  return sql`update person set ${CONVERSATION_COLUMNS} = (${latestConversationOf(whose)}) where id = ${whose.person}`;
}

/** The trigger row's owner and person: `new` after an insert or update, `old` after a delete. */
function rowOf(name: 'new' | 'old'): Whose {
  return { owner: sql.raw(`${name}.owner_id`), person: sql.raw(`${name}.person_id`) };
}

function sqliteTriggers() {
  const trigger = (name: string, event: string, table: string, body: RawBuilder<unknown>[]) =>
    sql`create trigger ${sql.raw(name)} after ${sql.raw(event)} on ${sql.raw(table)} begin ${sql.join(
      body.map((statement) => sql`${statement};`),
      sql` `,
    )} end`;
  return [
    trigger('interaction_contact_insert', 'insert', 'interaction', [refreshContact(rowOf('new'))]),
    trigger('interaction_contact_delete', 'delete', 'interaction', [refreshContact(rowOf('old'))]),
    trigger('interaction_contact_update', 'update of person_id, at, kind', 'interaction', [
      refreshContact(rowOf('old')),
      refreshContact(rowOf('new')),
    ]),
    trigger('interview_conversation_insert', 'insert', 'interview', [
      refreshConversation(rowOf('new')),
    ]),
    trigger('interview_conversation_delete', 'delete', 'interview', [
      refreshConversation(rowOf('old')),
    ]),
    trigger(
      'interview_conversation_update',
      'update of person_id, stage, held_at, scheduled_for, playbook_id',
      'interview',
      [refreshConversation(rowOf('old')), refreshConversation(rowOf('new'))],
    ),
  ];
}

function postgresTriggers() {
  const fn = (name: string, refresh: (whose: Whose) => RawBuilder<unknown>) =>
    sql`create function ${sql.raw(name)}() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then ${refresh(rowOf('old'))}; end if;
        if tg_op <> 'DELETE' then ${refresh(rowOf('new'))}; end if;
        return null;
      end $$`;
  return [
    fn('interaction_contact', refreshContact),
    sql`create trigger interaction_contact after insert or delete or update of person_id, at, kind
      on interaction for each row execute function interaction_contact()`,
    fn('interview_conversation', refreshConversation),
    sql`create trigger interview_conversation after insert or delete
      or update of person_id, stage, held_at, scheduled_for, playbook_id
      on interview for each row execute function interview_conversation()`,
  ];
}
