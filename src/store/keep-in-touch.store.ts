import { ACTION_STATUSES, type ActionStatus, type Instant } from '#core/cadence/types';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database, PersonTable } from './schema';
import type { Executor } from './database';
import { idsIn, idsOfJson } from './id-list';
import { selectTuples } from './tuples';
import { ownerRead, shapedOwnerRead, type ReadArgument } from './compiled';

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
 * playbook. There are thousands in a long search, so they are read as tuples.
 */
export async function keepInTouchCandidates(
  tx: Executor,
  ownerId: number,
  before: Instant | undefined,
): Promise<TalkedWith[]> {
  let query = candidates(tx, ownerId);
  if (before !== undefined) query = query.where('p.last_touch_at', '<', before);
  return selectTuples<TalkedWith>(tx, query, TALKED_NAMES);
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

/**
 * The keep-in-touch people a page of the agenda can list: per group and status, the first
 * `limit` by last touch — which is due order — and everyone due on the same day as the last of
 * them (the agenda orders a day's reminders by id); plus everyone with a decision. `counted`
 * holds how many of the others each status has in all, and `sampled` which of them were read.
 * Usually one statement whatever the groups: the first twice `limit` of every band of every group
 * (each row carrying its band's size), which holds the ties unless one day has more reminders
 * than that; only then a second for the ties; and one for the people with decisions.
 */
export async function keepInTouchPage(
  tx: Executor,
  ownerId: number,
  page: KeepInTouchPage,
): Promise<{ rows: TalkedWith[]; counted: Record<ActionStatus, number>; sampled: Set<number> }> {
  const counted = { overdue: 0, today: 0, upcoming: 0 };
  const found = new Map<number, TalkedWith>();
  const keep = (row: TalkedRow) => found.set(row.id, tupleOf(row));
  const bands = page.groups.flatMap((group) => ACTION_STATUSES.map((_, band) => ({ group, band })));
  if (bands.length === 0) return { rows: [], counted, sampled: new Set() };
  // Read past the page, so the reminders due on the same day as its last one are already here
  // (a second round trip costs more than a few more rows).
  const firstRows = await readRanges(
    tx,
    ownerId,
    bands.map(({ group, band }) => rangeOf(group, band)),
    page.decided,
    page.limit * 2,
  );
  const ofBand: BandRow[][] = bands.map(() => []);
  for (const row of firstRows) ofBand[Number(row.band)]!.push(row);
  const ties: Range[] = [];
  bands.forEach(({ group, band }, index) => {
    const rows = ofBand[index]!.sort(byLastTouchThenId);
    if (rows.length === 0) return;
    const size = Number(rows[0]!.in_band);
    counted[ACTION_STATUSES[band]!] += size;
    if (size <= page.limit) {
      rows.forEach(keep);
      return;
    }
    // The first `limit` and everyone in the band due no later than the last of them: the agenda
    // orders a day's reminders by id, not by last touch.
    const range = rangeOf(group, band);
    const lastShown = rows[page.limit - 1]!;
    const sameDay = minInstant(range.before, group.dueNoLaterThan(lastShown.last_touch_at));
    rows.slice(0, page.limit).forEach(keep);
    for (const row of rows.slice(page.limit)) if (row.last_touch_at < sameDay) keep(row);
    const allRead = rows.length === size || rows.at(-1)!.last_touch_at >= sameDay;
    if (!allRead) ties.push({ ...range, before: sameDay });
  });
  if (ties.length > 0) {
    for (const row of await readRanges(tx, ownerId, ties, page.decided, null)) keep(row);
  }
  const sampled = new Set(found.keys());
  if (page.decided.length > 0) {
    const decided = await candidates(tx, ownerId)
      .where('p.id', 'in', idsIn(tx, page.decided))
      .execute();
    for (const row of decided) keep(row);
  }
  return { rows: [...found.values()], counted, sampled };
}

function byLastTouchThenId(a: BandRow, b: BandRow): number {
  return a.last_touch_at < b.last_touch_at
    ? -1
    : a.last_touch_at > b.last_touch_at
      ? 1
      : a.id - b.id;
}

/** People of a group whose last touch is from `after` (with none, any) to before `before`. */
type Range = { group: KeepInTouchGroup; after: Instant | null; before: Instant };

/** A band's last touches: from the previous band's bound (none for overdue) to its own. */
function rangeOf(group: KeepInTouchGroup, band: number): Range {
  return { group, after: band === 0 ? null : group.bounds[band - 1]!, before: group.bounds[band]! };
}

/**
 * The people of each range but those with decisions, by last touch then id: the first `limit`
 * of each, each row with its range's index and size, or with no limit everyone (the size unused).
 */
async function readRanges(
  tx: Executor,
  ownerId: number,
  ranges: Range[],
  decided: number[],
  limit: number | null,
): Promise<BandRow[]> {
  if (tx.dialect === 'postgres') {
    const json = ranges.map(({ group, after, before }) => {
      const { playbookIds: playbooks, others, known } = group;
      return { playbooks, others, known, after: after ?? '', before };
    });
    return rangesOnPostgres(tx, ownerId, JSON.stringify(json), JSON.stringify(decided), limit);
  }
  // On SQLite the union's text depends on the ranges' shape; its values are bound in this order.
  const shape: RangesShape = {
    ranges: ranges.map(({ group, after }) => ({
      playbooks: group.playbookIds.length,
      others: group.others,
      // The known playbooks matter only to a group that takes the others.
      known: group.others ? group.known.length : 0,
      after: after !== null,
    })),
    decided: decided.length > 0,
    limited: limit !== null,
  };
  const values: ReadArgument[] = ranges.flatMap(({ group, after, before }) => [
    ...group.playbookIds,
    ...(group.others ? group.known : []),
    ...(after === null ? [] : [after]),
    before,
  ]);
  if (decided.length > 0) values.push(JSON.stringify(decided));
  if (limit !== null) values.push(limit);
  return rangesOnSqlite(tx, ownerId, shape, ...values);
}

/** What the SQLite union of ranges is built from, but for its values. */
type RangesShape = {
  ranges: { playbooks: number; others: boolean; known: number; after: boolean }[];
  decided: boolean;
  limited: boolean;
};

/**
 * One `firstOfRange` a range, as a union; compiled once a shape (SQLite plans it in
 * microseconds, but building it with Kysely took a millisecond a page). Its values come in the
 * order `readRanges` gives them.
 */
const rangesOnSqlite = shapedOwnerRead<BandRow, RangesShape>((tx, ownerId, shape, ...values) => {
  let next = 0;
  const take = (count: number) => values.slice(next, (next += count)) as string[];
  const ranges = shape.ranges.map((range) => {
    const playbookIds = take(range.playbooks);
    const known = take(range.known);
    // What is absent is undefined: a value, even a null stand-in, is always bound.
    const after = range.after ? take(1)[0]! : undefined;
    const before = take(1)[0]!;
    return { group: { playbookIds, others: range.others, known }, after, before };
  });
  const decided = shape.decided ? take(1)[0] : undefined;
  const limit = shape.limited ? (values[next] as number) : undefined;
  return ranges
    .map((range, index) => firstOfRange(tx, ownerId, range, index, decided, limit))
    .reduce((all, next) => all.unionAll(next));
});

const minInstant = (a: Instant, b: Instant) => (a < b ? a : b);

type BandRow = TalkedRow & {
  last_touch_at: Instant;
  band: number;
  in_band: number | string | bigint | null;
};

/**
 * A range's first `limit` people by last touch (then id), each row with the range's `index` and
 * how many people the range holds; with no limit, all of them. Ranked and counted on the
 * covering index alone; only the first ones are then named. `decided` is a JSON list of ids.
 */
function firstOfRange(
  tx: Executor,
  ownerId: number,
  { group, after, before }: { group: GroupPlaybooks; after?: Instant; before: Instant },
  index: number,
  decided: string | undefined,
  limit: number | undefined,
) {
  const inRange = () => {
    const ranged = narrowOfGroup(tx, ownerId, group, decided).where('p.last_touch_at', '<', before);
    return after === undefined ? ranged : ranged.where('p.last_touch_at', '>=', after);
  };
  const ranked = inRange()
    .select(['p.id', 'p.last_touch_at'])
    .orderBy('p.last_touch_at')
    .orderBy('p.id');
  const first = limit === undefined ? ranked : ranked.limit(limit);
  const size =
    limit === undefined ? sql<null>`null` : inRange().select((eb) => eb.fn.countAll().as('n'));
  return tx.kysely
    .selectFrom(first.as('f'))
    .innerJoin('person as p', 'p.id', 'f.id')
    .leftJoin('organization as o', 'o.id', 'p.organization_id')
    .select(TALKED_COLUMNS)
    .select([
      sql<Instant>`f.last_touch_at`.as('last_touch_at'),
      sql<number>`${sql.lit(index)}`.as('band'),
      size.as('in_band'),
    ]);
}

/**
 * `firstOfRange` for every range at once, on PostgreSQL: one text whatever the ranges, which come
 * as one JSON array (of `playbooks`, `others`, `known`, `after` and `before`, a range's index
 * being its place; a null limit is none). PostgreSQL takes longer to plan a union of one query
 * per range than to run it; this one is planned once per connection (see `ownerRead`). Its
 * filter says in SQL what `talkedWith`, `inGroup` and `idsIn` say for SQLite; the page tests
 * hold both to the whole agenda. With no limit (the ties) the ranges are still counted: two or
 * three index ranges, cheaper than a second statement text.
 */
const rangesOnPostgres = ownerRead(
  (tx, ownerId, bands: string, decided: string, limit: number | null) => {
    // Each range's JSON is taken apart once, not again for every person it looks at.
    const ofBand = sql`p.owner_id = ${ownerId}
      and p.last_conversation_id is not null and p.archived_at is null
      and (p.last_conversation_playbook_id = any(b.playbooks)
        or (b.others and (p.last_conversation_playbook_id is null
          or not p.last_conversation_playbook_id = any(b.known))))
      and p.id not in (select value::integer from jsonb_array_elements_text(${decided}::jsonb))
      and p.last_touch_at >= b.after and p.last_touch_at < b.before`;
    const query = sql<BandRow>`select ${sql.join(TALKED_COLUMNS.map(selection))},
        f.last_touch_at, b.index - 1 as band, c.n as in_band
      from (select r.index,
          array(select jsonb_array_elements_text(r.band->'playbooks')) as playbooks,
          (r.band->>'others')::boolean as others,
          array(select jsonb_array_elements_text(r.band->'known')) as known,
          r.band->>'after' as after, r.band->>'before' as before
        from jsonb_array_elements(${bands}::jsonb) with ordinality as r(band, index)) b
      cross join lateral (select count(*) as n from person p where ${ofBand}) c
      cross join lateral (select p.id, p.last_touch_at from person p where ${ofBand}
        order by p.last_touch_at, p.id limit ${limit}) f
      join person p on p.id = f.id
      left join organization o on o.id = p.organization_id`;
    return { compile: () => query.compile(tx.kysely) };
  },
);

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

/** A column of `TALKED_COLUMNS` as SQL to select. */
function selection(column: (typeof TALKED_COLUMNS)[number]) {
  const [reference, name] = column.split(' as ') as [string, string | undefined];
  return name === undefined ? sql.ref(reference) : sql`${sql.ref(reference)} as ${sql.ref(name)}`;
}

/** The names `TALKED_COLUMNS` are read under, in the order of `TalkedWith`. */
const TALKED_NAMES = TALKED_COLUMNS.map((column) => column.split(/\.| as /).at(-1)!);

/** People talked with and not archived: nothing selected yet, and no join. */
function talkedWith(tx: Executor, ownerId: number) {
  return tx.kysely
    .selectFrom('person as p')
    .where('p.owner_id', '=', ownerId)
    .where('p.last_conversation_id', 'is not', null)
    .where('p.archived_at', 'is', null);
}

/** The people of `query` with what a reminder and its label need. */
function named(query: ReturnType<typeof talkedWith>) {
  return query.leftJoin('organization as o', 'o.id', 'p.organization_id').select(TALKED_COLUMNS);
}

/** People talked with and not archived, with what a reminder and its label need. */
function candidates(tx: Executor, ownerId: number) {
  return named(talkedWith(tx, ownerId));
}

/** Which conversations a group takes, by their playbook. */
type GroupPlaybooks = Pick<KeepInTouchGroup, 'playbookIds' | 'others' | 'known'>;

/**
 * The candidates of one group without the people who have decisions (a JSON list of ids, or
 * none): nothing selected yet, no join.
 */
function narrowOfGroup(
  tx: Executor,
  ownerId: number,
  group: GroupPlaybooks,
  decided: string | undefined,
) {
  const query = talkedWith(tx, ownerId).where((eb) => inGroup(eb, group));
  return decided === undefined ? query : query.where('p.id', 'not in', idsOfJson(tx, decided));
}

/** Whether a person's latest conversation follows one of the group's playbooks. */
function inGroup(eb: ExpressionBuilder<Database & { p: PersonTable }, 'p'>, group: GroupPlaybooks) {
  // Every conversation follows the active playbook when no playbook is known.
  if (group.others && group.known.length === 0) return sql<SqlBool>`1 = 1`;
  const playbook = eb.ref('p.last_conversation_playbook_id');
  const of: Expression<SqlBool>[] = [];
  if (group.playbookIds.length > 0) of.push(eb(playbook, 'in', group.playbookIds));
  if (group.others) {
    of.push(eb(playbook, 'is', null));
    if (group.known.length > 0) of.push(eb(playbook, 'not in', group.known));
  }
  return of.length > 0 ? eb.or(of) : sql<SqlBool>`1 = 0`;
}
