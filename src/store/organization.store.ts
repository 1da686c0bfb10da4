import { organizationKey, type Organization } from '#core/organization';
import type { Executor } from './database';
import { chunks } from './chunks';

/**
 * The organization each name means for the owner, keyed by the name as given; names never seen
 * before become organizations, spelled as first written. "Acme Inc." and "ACME" share one.
 */
export async function resolveOrganizations(
  tx: Executor,
  ownerId: number,
  names: string[],
  now: Date,
): Promise<Map<string, number>> {
  const keyOf = (name: string) => organizationKey(name) || name.toLowerCase();
  const byKey = new Map<string, number>();
  const wanted = [...new Set(names.map(keyOf))];
  for (const chunk of chunks(wanted)) {
    const rows = await tx.kysely
      .selectFrom('organization')
      .select(['id', 'name_key'])
      .where('owner_id', '=', ownerId)
      .where('name_key', 'in', chunk)
      .execute();
    for (const row of rows) byKey.set(row.name_key, row.id);
  }
  const stamp = now.toISOString();
  const firstSpelling = new Map<string, string>();
  for (const name of names)
    if (!byKey.has(keyOf(name)) && !firstSpelling.has(keyOf(name)))
      firstSpelling.set(keyOf(name), name);
  for (const chunk of chunks([...firstSpelling])) {
    // Another transaction may add the same organization at the same moment: keep theirs.
    await tx.kysely
      .insertInto('organization')
      .values(
        chunk.map(([key, name]) => ({
          owner_id: ownerId,
          name,
          name_key: key,
          created_at: stamp,
          updated_at: stamp,
        })),
      )
      .onConflict((conflict) => conflict.columns(['owner_id', 'name_key']).doNothing())
      .execute();
    const rows = await tx.kysely
      .selectFrom('organization')
      .select(['id', 'name_key'])
      .where('owner_id', '=', ownerId)
      .where(
        'name_key',
        'in',
        chunk.map(([key]) => key),
      )
      .execute();
    for (const row of rows) byKey.set(row.name_key, row.id);
  }
  return new Map(names.map((name) => [name, byKey.get(keyOf(name))!]));
}

export type OrganizationFilter = { q?: string; id?: number; limit: number; offset: number };

/** Organizations with how many (unarchived) people the owner knows there, by name. */
export async function listOrganizations(
  tx: Executor,
  ownerId: number,
  filter: OrganizationFilter,
): Promise<Organization[]> {
  let query = tx.kysely
    .selectFrom('organization as o')
    .select(['o.id', 'o.name', 'o.created_at', 'o.updated_at'])
    .select((eb) =>
      eb
        .selectFrom('person as p')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('p.organization_id', '=', 'o.id')
        .where('p.archived_at', 'is', null)
        .as('people_count'),
    )
    .where('o.owner_id', '=', ownerId)
    .orderBy('o.name_key')
    .orderBy('o.id')
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.id !== undefined) query = query.where('o.id', '=', filter.id);
  if (filter.q) query = query.where('o.name_key', 'like', `%${organizationKey(filter.q)}%`);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    peopleCount: Number(row.people_count ?? 0),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

export async function countOrganizations(tx: Executor, ownerId: number): Promise<number> {
  const row = await tx.kysely
    .selectFrom('organization')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('owner_id', '=', ownerId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
