import type { Executor } from './database';

/** The single user of a local installation: the first user, created on first start. */
export async function ensureLocalUser(tx: Executor, now: Date): Promise<number> {
  const existing = await tx.kysely
    .selectFrom('app_user')
    .select('id')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (existing) return existing.id;
  const created = await tx.kysely
    .insertInto('app_user')
    .values({ name: 'Me', created_at: now.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return created.id;
}
