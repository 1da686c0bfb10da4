import { sql } from 'kysely';
import type { Person } from '#core/person';
import { chunks } from './chunks';
import type { Executor } from './database';

/** The rows a merge moved from the merged person to the kept one, by id. */
export type MovedTimeline = {
  interviews: number[];
  /** Interviews the merged person had introduced. */
  introducedInterviews: number[];
  messages: number[];
  interactions: number[];
};

/** What merges made before the timeline was recorded list. */
const NOTHING_MOVED: MovedTimeline = {
  interviews: [],
  introducedInterviews: [],
  messages: [],
  interactions: [],
};

export type MergeRecord = {
  id: number;
  keptId: number;
  mergedId: number;
  keptVersionAfter: number;
  keptBefore: Person;
  mergedBefore: Person;
  movedIntroductions: number[];
  movedTimeline: MovedTimeline;
  createdAt: string;
  undoneAt: string | null;
};

export async function insertMerge(
  tx: Executor,
  ownerId: number,
  merge: Omit<MergeRecord, 'id' | 'undoneAt'>,
): Promise<number> {
  const { id } = await tx.kysely
    .insertInto('person_merge')
    .values({
      owner_id: ownerId,
      kept_id: merge.keptId,
      merged_id: merge.mergedId,
      kept_version_after: merge.keptVersionAfter,
      kept_before: JSON.stringify(merge.keptBefore),
      merged_before: JSON.stringify(merge.mergedBefore),
      moved_introductions: JSON.stringify(merge.movedIntroductions),
      moved_timeline: JSON.stringify(merge.movedTimeline),
      created_at: merge.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function findMerge(
  tx: Executor,
  ownerId: number,
  id: number,
): Promise<MergeRecord | undefined> {
  const row = await tx.kysely
    .selectFrom('person_merge')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      keptId: row.kept_id,
      mergedId: row.merged_id,
      keptVersionAfter: row.kept_version_after,
      keptBefore: JSON.parse(row.kept_before) as Person,
      mergedBefore: JSON.parse(row.merged_before) as Person,
      movedIntroductions: JSON.parse(row.moved_introductions) as number[],
      movedTimeline: {
        ...NOTHING_MOVED,
        ...(JSON.parse(row.moved_timeline) as Partial<MovedTimeline>),
      },
      createdAt: row.created_at,
      undoneAt: row.undone_at,
    }
  );
}

export async function markMergeUndone(
  tx: Executor,
  ownerId: number,
  id: number,
  now: Date,
): Promise<void> {
  await tx.kysely
    .updateTable('person_merge')
    .set({ undone_at: now.toISOString() })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .execute();
}

export async function listDismissedPairs(tx: Executor, ownerId: number): Promise<Set<string>> {
  const rows = await tx.kysely
    .selectFrom('duplicate_dismissal')
    .select('pair_key')
    .where('owner_id', '=', ownerId)
    .execute();
  return new Set(rows.map((row) => row.pair_key));
}

export async function dismissPair(
  tx: Executor,
  ownerId: number,
  pairKey: string,
  now: Date,
): Promise<void> {
  await tx.kysely
    .insertInto('duplicate_dismissal')
    .values({ owner_id: ownerId, pair_key: pairKey, created_at: now.toISOString() })
    .onConflict((conflict) => conflict.columns(['owner_id', 'pair_key']).doNothing())
    .execute();
}

/**
 * Moves `from`'s interviews, messages and interactions to `to` (a merge keeps them rather than
 * letting the deletion of the duplicate cascade them away), and says which rows moved.
 */
export async function moveTimeline(
  tx: Executor,
  ownerId: number,
  from: number,
  to: number,
): Promise<MovedTimeline> {
  const ids = (rows: { id: number }[]) => rows.map((row) => row.id);
  const interviews = ids(
    await tx.kysely
      .updateTable('interview')
      .set({ person_id: to })
      .where('owner_id', '=', ownerId)
      .where('person_id', '=', from)
      .returning('id')
      .execute(),
  );
  const introducedInterviews = ids(
    await tx.kysely
      .updateTable('interview')
      .set({ introduced_by_id: to })
      .where('owner_id', '=', ownerId)
      .where('introduced_by_id', '=', from)
      .where('person_id', '!=', to)
      .returning('id')
      .execute(),
  );
  const moveAll = async (table: 'message' | 'interaction') =>
    ids(
      await tx.kysely
        .updateTable(table)
        .set({ person_id: to })
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', from)
        .returning('id')
        .execute(),
    );
  return {
    interviews,
    introducedInterviews,
    messages: await moveAll('message'),
    interactions: await moveAll('interaction'),
  };
}

/**
 * Gives the rows a merge moved back to the restored person. Only rows still with the kept person
 * move: anything reassigned since stays where the user put it.
 */
export async function moveTimelineBack(
  tx: Executor,
  ownerId: number,
  moved: MovedTimeline,
  keptId: number,
  restoredId: number,
): Promise<void> {
  const moves = [
    ['interview', 'person_id', moved.interviews],
    ['interview', 'introduced_by_id', moved.introducedInterviews],
    ['message', 'person_id', moved.messages],
    ['interaction', 'person_id', moved.interactions],
  ] as const;
  for (const [table, column, ids] of moves) {
    for (const batch of chunks(ids)) {
      await sql`
        update ${sql.table(table)} set ${sql.ref(column)} = ${restoredId}
        where owner_id = ${ownerId} and ${sql.ref(column)} = ${keptId}
          and id in (${sql.join(batch)})`.execute(tx.kysely);
    }
  }
}
