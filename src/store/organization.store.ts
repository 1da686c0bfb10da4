import { organizationKey, type Organization } from '#core/organization';
import type { Executor } from './database';

/** The organization this name means for the owner, created the first time it is named. */
export async function findOrCreateOrganization(
  tx: Executor,
  ownerId: number,
  name: string,
  now: Date,
): Promise<number> {
  const key = organizationKey(name) || name.toLowerCase();
  const existing = await tx.kysely
    .selectFrom('organization')
    .select('id')
    .where('owner_id', '=', ownerId)
    .where('name_key', '=', key)
    .executeTakeFirst();
  if (existing) return existing.id;
  const stamp = now.toISOString();
  const created = await tx.kysely
    .insertInto('organization')
    .values({ owner_id: ownerId, name, name_key: key, created_at: stamp, updated_at: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  return created.id;
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
