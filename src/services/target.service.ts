import { AppError } from '#core/errors';
import { rankTargets, TargetInputSchema, TargetPatchSchema, type Target } from '#core/target';
import { wordTokens } from '#core/text';
import { parseInput } from '#core/validation';
import { withWriteTransaction, type Executor } from '#store/database';
import { listOrganizations, resolveOrganizations } from '#store/organization.store';
import { countMatchingPeople } from '#store/person-query.store';
import {
  countPeopleAt,
  deleteTarget as deleteTargetRow,
  insertTarget,
  listTargetRows,
  updateTarget as updateTargetRow,
  type TargetRow,
} from '#store/target.store';
import { changedElsewhere } from './conflict';
import type { ServiceContext } from './context';
import { readExecutor } from './paging';

/** Every target, ranked: motivation, then posting, then advocacy; the first five flagged. */
export async function listTargets(ctx: ServiceContext): Promise<{ items: Target[] }> {
  const tx = readExecutor(ctx);
  return {
    items: rankTargets(await withAdvocacy(tx, ctx.userId, await listTargetRows(tx, ctx.userId))),
  };
}

async function withAdvocacy(tx: Executor, ownerId: number, rows: TargetRow[]) {
  const atOrganizations = await countPeopleAt(
    tx,
    ownerId,
    rows.flatMap((row) => (row.organizationId ? [row.organizationId] : [])),
  );
  return Promise.all(
    rows.map(async (row) => ({
      ...row,
      advocacy: row.organizationId
        ? (atOrganizations.get(row.organizationId) ?? 0)
        : await countMatchingPeople(tx, ownerId, wordTokens(row.label).slice(0, 8)),
    })),
  );
}

async function requireTarget(ctx: ServiceContext, id: number): Promise<Target> {
  const found = (await listTargets(ctx)).items.find((target) => target.id === id);
  if (!found) throw new AppError('not_found', `No target with id ${id}`);
  return found;
}

/** Marks an organization, role or field as a target; naming an unknown organization adds it. */
export async function createTarget(ctx: ServiceContext, input: unknown): Promise<Target> {
  const fields = parseInput(TargetInputSchema, input, 'target');
  const now = ctx.clock.now();
  const id = await withWriteTransaction(ctx.db, async (tx) => {
    let organizationId: number | null = null;
    let label = fields.label ?? '';
    if (fields.kind === 'organization') {
      organizationId =
        fields.organizationId ??
        (await resolveOrganizations(tx, ctx.userId, [fields.organization!], now)).get(
          fields.organization!,
        )!;
      const [organization] = await listOrganizations(tx, ctx.userId, {
        id: organizationId,
        limit: 1,
        offset: 0,
      });
      if (!organization)
        throw new AppError('invalid_input', `No organization with id ${organizationId}`, {
          issues: [{ path: 'organizationId', message: 'not one of your organizations' }],
        });
      if (
        (await listTargetRows(tx, ctx.userId)).some((row) => row.organizationId === organizationId)
      ) {
        throw new AppError('conflict', `${organization.name} is already a target`);
      }
      label = organization.name;
    }
    return insertTarget(
      tx,
      ctx.userId,
      {
        kind: fields.kind,
        organizationId,
        label,
        motivation: fields.motivation,
        posting: fields.posting,
        notes: fields.notes ?? null,
      },
      now,
    );
  });
  return requireTarget(ctx, id);
}

export async function updateTarget(
  ctx: ServiceContext,
  id: number,
  input: unknown,
): Promise<Target> {
  const patch = parseInput(TargetPatchSchema, input, 'target change');
  const current = await requireTarget(ctx, id);
  const written = await withWriteTransaction(ctx.db, (tx) =>
    updateTargetRow(
      tx,
      ctx.userId,
      id,
      patch.version,
      {
        label: patch.label ?? current.label,
        motivation: patch.motivation ?? current.motivation,
        posting: patch.posting ?? current.posting,
        notes: patch.notes === undefined ? current.notes : patch.notes,
      },
      ctx.clock.now(),
    ),
  );
  if (!written) {
    const latest = await requireTarget(ctx, id);
    throw changedElsewhere('target', latest);
  }
  return requireTarget(ctx, id);
}

export async function deleteTarget(ctx: ServiceContext, id: number): Promise<void> {
  const deleted = await withWriteTransaction(ctx.db, (tx) => deleteTargetRow(tx, ctx.userId, id));
  if (!deleted) throw new AppError('not_found', `No target with id ${id}`);
}
