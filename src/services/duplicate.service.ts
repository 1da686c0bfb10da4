import { z } from 'zod';
import { AppError } from '#core/errors';
import {
  findDuplicatePairs,
  MERGE_CHOICE_FIELDS,
  mergeFields,
  pairKey,
  type DuplicateReason,
} from '#core/duplicates';
import type { Person } from '#core/person';
import { idNumber, parseInput } from '#core/validation';
import { withWriteTransaction, type Executor } from '#store/database';
import {
  dismissPair,
  findMerge,
  insertMerge,
  listDismissedPairs,
  markMergeUndone,
  moveTimeline,
  moveTimelineBack,
} from '#store/merge.store';
import {
  deletePerson,
  moveIntroductions,
  recordOf,
  restorePerson,
  updatePerson,
} from '#store/person.store';
import { findPerson, listPeopleByIds, listPeopleForMatching } from '#store/person-query.store';
import type { ServiceContext } from './context';
import { readExecutor } from './paging';
import { requirePerson, staleVersion } from './person.service';

const LISTED_PAIRS = 100;

export type DuplicateCandidate = { people: [Person, Person]; reasons: DuplicateReason[] };

/** People who are probably the same person, strongest evidence first. */
export async function listDuplicates(
  ctx: ServiceContext,
): Promise<{ items: DuplicateCandidate[]; total: number }> {
  const tx = readExecutor(ctx);
  const everyone = await listPeopleForMatching(tx, ctx.userId);
  const pairs = findDuplicatePairs(everyone, await listDismissedPairs(tx, ctx.userId));
  const items: DuplicateCandidate[] = [];
  for (const pair of pairs.slice(0, LISTED_PAIRS)) {
    const [a, b] = await Promise.all(pair.ids.map((id) => findPerson(tx, ctx.userId, id)));
    if (a && b) items.push({ people: [a, b], reasons: pair.reasons });
  }
  return { items, total: pairs.length };
}

const PairSchema = z.strictObject({
  personIds: z.tuple([idNumber(), idNumber()]),
});

/** Remembers that two people only look alike, so they are not offered as duplicates again. */
export async function dismissDuplicate(ctx: ServiceContext, input: unknown): Promise<void> {
  const { personIds } = parseInput(PairSchema, input, 'pair');
  await withWriteTransaction(ctx.db, (tx) =>
    dismissPair(tx, ctx.userId, pairKey(...personIds), ctx.clock.now()),
  );
}

export const MergeInputSchema = z.strictObject({
  keepId: idNumber(),
  keepVersion: idNumber(),
  otherId: idNumber(),
  otherVersion: idNumber(),
  /** For each single-valued field, whose value to keep; lists and notes always combine. */
  choose: z.partialRecord(z.enum(MERGE_CHOICE_FIELDS), z.enum(['keep', 'other'])).default({}),
});

export type MergeResult = { mergeId: number; person: Person };

/**
 * Folds `other` into `keep`: fields as chosen, every e-mail, phone, tag and note of both, and
 * everyone `other` introduced now introduced by `keep`. Undoable with `undoMerge`.
 */
export async function mergePeople(ctx: ServiceContext, input: unknown): Promise<MergeResult> {
  const request = parseInput(MergeInputSchema, input, 'merge');
  if (request.keepId === request.otherId) {
    throw new AppError('invalid_input', 'Choose two different people to merge', {
      issues: [{ path: 'otherId', message: 'same as keepId' }],
    });
  }
  const now = ctx.clock.now();
  return withWriteTransaction(ctx.db, async (tx) => {
    const keep = await requirePerson(tx, ctx.userId, request.keepId);
    const other = await requirePerson(tx, ctx.userId, request.otherId);
    if (keep.version !== request.keepVersion) throw staleVersion(keep);
    if (other.version !== request.otherVersion) throw staleVersion(other);

    const merged = mergeFields(keep, other, request.choose);
    const organizationFrom = merged.organization === keep.organization ? keep : other;
    const movedIntroductions = await moveIntroductions(tx, ctx.userId, other.id, keep.id);
    const movedTimeline = await moveTimeline(tx, ctx.userId, other.id, keep.id);
    await deletePerson(tx, ctx.userId, other.id);
    const record = {
      ...recordOf(keep),
      ...merged,
      organizationId: organizationFrom.organizationId,
      organizationName: merged.organization,
    };
    // The version check in the update itself guards against an edit that landed after our read.
    if (!(await updatePerson(tx, ctx.userId, keep.id, keep.version, record, now))) {
      throw staleVersion(await requirePerson(tx, ctx.userId, keep.id));
    }
    const person = await requirePerson(tx, ctx.userId, keep.id);
    const mergeId = await insertMerge(tx, ctx.userId, {
      keptId: keep.id,
      mergedId: other.id,
      keptVersionAfter: person.version,
      keptBefore: keep,
      mergedBefore: other,
      movedIntroductions,
      movedTimeline,
      createdAt: now.toISOString(),
    });
    return { mergeId, person };
  });
}

/** Separates a merge: both people exactly as they were, introductions pointed back. */
export async function undoMerge(
  ctx: ServiceContext,
  mergeId: number,
): Promise<{ kept: Person; restored: Person }> {
  const now = ctx.clock.now();
  return withWriteTransaction(ctx.db, async (tx) => {
    const merge = await findMerge(tx, ctx.userId, mergeId);
    if (!merge) throw new AppError('not_found', `No merge with id ${mergeId}`);
    if (merge.undoneAt) throw new AppError('conflict', 'This merge was already undone');
    const kept = await findPerson(tx, ctx.userId, merge.keptId);
    if (!kept) {
      throw new AppError(
        'conflict',
        `${merge.keptBefore.name} has been deleted since the merge, so it cannot be undone`,
      );
    }
    if (kept.version !== merge.keptVersionAfter) {
      throw new AppError(
        'conflict',
        `${kept.name} was changed after the merge; undoing it now would lose those changes. Edit them by hand instead.`,
      );
    }
    // Someone either of them was introduced by may have been deleted since: restore without that link.
    const [mergedBefore, keptBefore] = await withoutMissingIntroducers(tx, ctx.userId, [
      merge.mergedBefore,
      merge.keptBefore,
    ]);
    await restorePerson(tx, ctx.userId, mergedBefore!);
    await moveIntroductions(tx, ctx.userId, merge.keptId, merge.mergedId, merge.movedIntroductions);
    await moveTimelineBack(tx, ctx.userId, merge.movedTimeline, merge.keptId, merge.mergedId);
    if (!(await updatePerson(tx, ctx.userId, kept.id, kept.version, recordOf(keptBefore!), now))) {
      throw staleVersion(await requirePerson(tx, ctx.userId, kept.id));
    }
    await markMergeUndone(tx, ctx.userId, mergeId, now);
    return {
      kept: await requirePerson(tx, ctx.userId, merge.keptId),
      restored: await requirePerson(tx, ctx.userId, merge.mergedId),
    };
  });
}

async function withoutMissingIntroducers(
  tx: Executor,
  ownerId: number,
  people: Person[],
): Promise<Person[]> {
  const wanted = people.flatMap((person) => (person.introducedById ? [person.introducedById] : []));
  const restoring = new Set(people.map((person) => person.id));
  const present = new Set((await listPeopleByIds(tx, ownerId, wanted)).map((person) => person.id));
  return people.map((person) =>
    person.introducedById &&
    !present.has(person.introducedById) &&
    !restoring.has(person.introducedById)
      ? { ...person, introducedById: null }
      : person,
  );
}
