import type { Person } from '#core/person';
import type { Executor } from './database';

export type MergeRecord = {
  id: number;
  keptId: number;
  mergedId: number;
  keptVersionAfter: number;
  keptBefore: Person;
  mergedBefore: Person;
  movedIntroductions: number[];
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
