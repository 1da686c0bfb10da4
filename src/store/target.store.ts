import { sql } from 'kysely';
import type { Target, TargetKind } from '#core/target';
import type { Executor } from './database';

export type TargetRow = Omit<Target, 'rank' | 'top' | 'advocacy'>;
export type TargetValues = Pick<
  Target,
  'kind' | 'organizationId' | 'label' | 'motivation' | 'posting' | 'notes'
>;

function toTarget(row: {
  id: number;
  version: number;
  kind: string;
  organization_id: number | null;
  label: string;
  motivation: number;
  posting: number;
  notes: string | null;
  created_at: string;
  updated_at: string;
}): TargetRow {
  return {
    id: row.id,
    version: row.version,
    kind: row.kind as TargetKind,
    organizationId: row.organization_id,
    label: row.label,
    motivation: row.motivation,
    posting: row.posting,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listTargetRows(
  tx: Executor,
  ownerId: number,
  id?: number,
): Promise<TargetRow[]> {
  let query = tx.kysely.selectFrom('target').selectAll().where('owner_id', '=', ownerId);
  if (id !== undefined) query = query.where('id', '=', id);
  return (await query.execute()).map(toTarget);
}

export async function insertTarget(
  tx: Executor,
  ownerId: number,
  values: TargetValues,
  now: Date,
): Promise<number> {
  const stamp = now.toISOString();
  const { id } = await tx.kysely
    .insertInto('target')
    .values({
      owner_id: ownerId,
      version: 1,
      kind: values.kind,
      organization_id: values.organizationId,
      label: values.label,
      motivation: values.motivation,
      posting: values.posting,
      notes: values.notes,
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Writes the change if the target is still at `version`; false when it moved on. */
export async function updateTarget(
  tx: Executor,
  ownerId: number,
  id: number,
  version: number,
  values: Pick<Target, 'label' | 'motivation' | 'posting' | 'notes'>,
  now: Date,
): Promise<boolean> {
  const result = await tx.kysely
    .updateTable('target')
    .set({ ...values, version: version + 1, updated_at: now.toISOString() })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteTarget(tx: Executor, ownerId: number, id: number): Promise<boolean> {
  const result = await tx.kysely
    .deleteFrom('target')
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** How many unarchived people the owner knows at each organization. */
export async function countPeopleAt(
  tx: Executor,
  ownerId: number,
  organizationIds: number[],
): Promise<Map<number, number>> {
  if (organizationIds.length === 0) return new Map();
  const rows = await tx.kysely
    .selectFrom('person')
    .select(['organization_id', sql<number>`count(*)`.as('n')])
    .where('owner_id', '=', ownerId)
    .where('archived_at', 'is', null)
    .where('organization_id', 'in', organizationIds)
    .groupBy('organization_id')
    .execute();
  return new Map(rows.map((row) => [row.organization_id!, Number(row.n)]));
}
