import { AppError } from '#core/errors';
import { ExplorationInputSchema, type Exploration } from '#core/interview-input';
import { ExplorationPatchSchema, type ExplorationSummary } from '#core/interview-view';
import { parseInput } from '#core/validation';
import { withWriteTransaction } from '#store/database';
import {
  countInterviewsByExploration,
  insertExploration,
  listExplorationRows,
  updateExplorationRow,
} from '#store/interview.store';
import { changedElsewhere } from './conflict';
import type { ServiceContext } from './context';
import { readExecutor } from './paging';

/** A field, role, industry or organization the user is finding out about. */
export async function createExploration(ctx: ServiceContext, input: unknown): Promise<Exploration> {
  const fields = parseInput(ExplorationInputSchema, input, 'exploration');
  const id = await withWriteTransaction(ctx.db, (tx) =>
    insertExploration(tx, ctx.userId, fields, ctx.clock.now()),
  );
  const [created] = await listExplorationRows(readExecutor(ctx), ctx.userId, [id]);
  return created!;
}

/** Every exploration with how many interviews it has. */
export async function listExplorations(
  ctx: ServiceContext,
): Promise<{ items: ExplorationSummary[] }> {
  const tx = readExecutor(ctx);
  const [rows, counts] = await Promise.all([
    listExplorationRows(tx, ctx.userId),
    countInterviewsByExploration(tx, ctx.userId),
  ]);
  return { items: rows.map((row) => ({ ...row, interviewCount: counts.get(row.id) ?? 0 })) };
}

/** Renames, re-kinds, re-questions or re-statuses an exploration at the version the user saw. */
export async function updateExploration(
  ctx: ServiceContext,
  id: number,
  input: unknown,
): Promise<Exploration> {
  const { version, ...change } = parseInput(ExplorationPatchSchema, input, 'exploration');
  await withWriteTransaction(ctx.db, async (tx) => {
    const written = await updateExplorationRow(
      tx,
      ctx.userId,
      id,
      version,
      change,
      ctx.clock.now(),
    );
    if (written) return;
    const [current] = await listExplorationRows(tx, ctx.userId, [id]);
    if (!current) throw new AppError('not_found', `No exploration with id ${id}`);
    throw changedElsewhere('exploration', current, 'reload to see the change, then try again');
  });
  const [updated] = await listExplorationRows(readExecutor(ctx), ctx.userId, [id]);
  return updated!;
}
