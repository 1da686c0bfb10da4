import type { ActionStatus, Instant } from '#core/cadence/types';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database, PersonTable } from './schema';
import type { Executor } from './database';

/** A person to keep in touch with, as a tuple: there are thousands in a long search. */
export type TalkedWith = [
  id: number,
  name: string,
  organizationId: number | null,
  organizationName: string | null,
  lastContactAt: Instant | null,
  conversationAt: Instant | null,
  conversationId: number,
  playbookId: string | null,
];

/**
 * The people talked with (their latest conversation held or closed) and not archived, whose
 * last touch — that conversation or any later interaction — came before `before`: the only
 * ones whose keep-in-touch can fall due on the agenda. The interval is the conversation's
 * playbook. SQLite hands them over as one JSON array: handing JavaScript a row costs about a
 * microsecond plus a fraction per value, twice what parsing the same JSON costs.
 */
export async function keepInTouchCandidates(
  tx: Executor,
  ownerId: number,
  before: Instant | undefined,
): Promise<TalkedWith[]> {
  let query = candidates(tx, ownerId);
  if (before !== undefined) query = query.where('p.last_touch_at', '<', before);
  if (tx.dialect === 'sqlite') {
    const values = sql.join(TALKED_COLUMNS.map((column) => sql.ref(column.split(' as ')[0]!)));
    const { rows } = await query
      .clearSelect()
      .select(sql<string>`json_group_array(json_array(${values}))`.as('rows'))
      .executeTakeFirstOrThrow();
    return JSON.parse(rows) as TalkedWith[];
  }
  return (await query.execute()).map(tupleOf);
}

/** Reminders sharing one interval and calendar: the conversations whose playbook gives them. */
export type KeepInTouchGroup = {
  playbookIds: string[];
  /** Also every conversation whose playbook is none of `known` (it follows the active one). */
  others: boolean;
  known: string[];
  /** Exclusive upper bounds of `last_touch_at`: overdue, due by today, due by the horizon. */
  bounds: [Instant, Instant, Instant];
  /** For a last touch, the exclusive bound of last touches whose reminder is due no later. */
  dueNoLaterThan: (lastTouchAt: Instant) => Instant;
};

export type KeepInTouchPage = {
  groups: KeepInTouchGroup[];
  limit: number;
  /** People with a decision about a keep-in-touch reminder: read whole, never counted here. */
  decided: number[];
};

const STATUSES: ActionStatus[] = ['overdue', 'today', 'upcoming'];

/**
 * The keep-in-touch people a page of the agenda can list: per group and status, the first
 * `limit` by last touch — which is due order — and everyone due on the same day as the last of
 * them (the agenda orders a day's reminders by id); plus everyone with a decision. `counted`
 * holds how many of the others each status has in all, and `sampled` which of them were read.
 */
export async function keepInTouchPage(
  tx: Executor,
  ownerId: number,
  page: KeepInTouchPage,
): Promise<{ rows: TalkedWith[]; counted: Record<ActionStatus, number>; sampled: Set<number> }> {
  const counted = { overdue: 0, today: 0, upcoming: 0 };
  const found = new Map<number, TalkedWith>();
  const keep = (row: TalkedRow) => found.set(row.id, tupleOf(row));
  const parts = page.groups.map(async (group) => {
    const [overdueEnd, todayEnd, horizonEnd] = group.bounds;
    // Ranked on narrow rows (id, last touch, status), then only the first ones are named.
    let narrow = tx.kysely
      .selectFrom('person as p')
      .select([
        'p.id',
        'p.last_touch_at',
        sql<number>`case when p.last_touch_at < ${overdueEnd} then 0 when p.last_touch_at < ${todayEnd} then 1 else 2 end`.as(
          'band',
        ),
      ])
      .where('p.owner_id', '=', ownerId)
      .where('p.last_conversation_id', 'is not', null)
      .where('p.archived_at', 'is', null)
      .where('p.last_touch_at', '<', horizonEnd)
      .where((eb) => inGroup(eb, group));
    if (page.decided.length > 0) narrow = narrow.where('p.id', 'not in', page.decided);
    const ranked = tx.kysely
      .selectFrom(narrow.as('x'))
      .select([
        'x.id',
        'x.band',
        sql<number>`row_number() over (partition by x.band order by x.last_touch_at, x.id)`.as(
          'place',
        ),
        sql<number | string>`count(*) over (partition by x.band)`.as('in_band'),
      ]);
    const rows = await tx.kysely
      .selectFrom(ranked.as('y'))
      .innerJoin('person as p', 'p.id', 'y.id')
      .leftJoin('organization as o', 'o.id', 'p.organization_id')
      .select(TALKED_COLUMNS)
      .select(['p.last_touch_at', 'y.band', 'y.place', 'y.in_band'])
      .where('y.place', '<=', page.limit)
      .execute();
    const ties: Promise<TalkedRow[]>[] = [];
    for (const row of rows) {
      keep(row);
      const band = Number(row.band);
      if (Number(row.place) === 1) counted[STATUSES[band]!] += Number(row.in_band);
      if (Number(row.place) === page.limit && Number(row.in_band) > page.limit) {
        const start = band === 0 ? null : group.bounds[band - 1]!;
        const end = group.dueNoLaterThan(row.last_touch_at!);
        let sameDay = ofGroup(tx, ownerId, group, page.decided).where('p.last_touch_at', '<', end);
        if (start !== null) sameDay = sameDay.where('p.last_touch_at', '>=', start);
        ties.push(sameDay.execute());
      }
    }
    for (const more of await Promise.all(ties)) for (const row of more) keep(row);
  });
  await Promise.all(parts);
  const sampled = new Set(found.keys());
  if (page.decided.length > 0) {
    const decided = await candidates(tx, ownerId).where('p.id', 'in', page.decided).execute();
    for (const row of decided) keep(row);
  }
  return { rows: [...found.values()], counted, sampled };
}

type TalkedRow = {
  id: number;
  name: string;
  organization_id: number | null;
  organization_name: string | null;
  last_contact_at: string | null;
  last_conversation_at: string | null;
  last_conversation_id: number | null;
  last_conversation_playbook_id: string | null;
};

function tupleOf(r: TalkedRow): TalkedWith {
  return [
    r.id,
    r.name,
    r.organization_id,
    r.organization_name,
    r.last_contact_at,
    r.last_conversation_at,
    r.last_conversation_id!,
    r.last_conversation_playbook_id,
  ];
}

const TALKED_COLUMNS = [
  'p.id',
  'p.name',
  'p.organization_id',
  'o.name as organization_name',
  'p.last_contact_at',
  'p.last_conversation_at',
  'p.last_conversation_id',
  'p.last_conversation_playbook_id',
] as const;

/** People talked with and not archived, with what a reminder and its label need. */
function candidates(tx: Executor, ownerId: number) {
  return tx.kysely
    .selectFrom('person as p')
    .leftJoin('organization as o', 'o.id', 'p.organization_id')
    .select(TALKED_COLUMNS)
    .where('p.owner_id', '=', ownerId)
    .where('p.last_conversation_id', 'is not', null)
    .where('p.archived_at', 'is', null);
}

/** The candidates of one group, without the people who have decisions. */
function ofGroup(tx: Executor, ownerId: number, group: KeepInTouchGroup, decided: number[]) {
  let query = candidates(tx, ownerId).where((eb) => inGroup(eb, group));
  if (decided.length > 0) query = query.where('p.id', 'not in', decided);
  return query;
}

/** Whether a person's latest conversation follows one of the group's playbooks. */
function inGroup(
  eb: ExpressionBuilder<Database & { p: PersonTable }, 'p'>,
  group: KeepInTouchGroup,
) {
  const playbook = eb.ref('p.last_conversation_playbook_id');
  const of: Expression<SqlBool>[] = [];
  if (group.playbookIds.length > 0) of.push(eb(playbook, 'in', group.playbookIds));
  if (group.others) {
    of.push(eb(playbook, 'is', null));
    if (group.known.length > 0) of.push(eb(playbook, 'not in', group.known));
  }
  return of.length > 0 ? eb.or(of) : sql<SqlBool>`1 = 0`;
}
