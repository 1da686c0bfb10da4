import type { PersonLabel } from '#core/interview-view';
import type { Executor } from './database';

/** Names and organizations of these people (one query), for lists that show more than ids. */
export async function listPersonLabels(
  tx: Executor,
  ownerId: number,
  ids: readonly number[],
): Promise<Map<number, PersonLabel>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await tx.kysely
    .selectFrom('person as p')
    .leftJoin('organization as o', 'o.id', 'p.organization_id')
    .select(['p.id', 'p.name', 'p.organization_id', 'o.name as organization_name'])
    .where('p.owner_id', '=', ownerId)
    .where('p.id', 'in', unique)
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        name: row.name,
        organizationId: row.organization_id,
        organization: row.organization_name,
      },
    ]),
  );
}
