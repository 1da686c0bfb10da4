import type { Playbook } from '#core/playbook';
import type { Executor } from './database';

type Rules = Omit<Playbook, 'id' | 'name' | 'builtIn' | 'version'>;

export function toPlaybook(row: {
  playbook_id: string;
  name: string;
  rules: string;
  version: number;
}): Playbook {
  return {
    id: row.playbook_id,
    name: row.name,
    builtIn: false,
    version: row.version,
    ...(JSON.parse(row.rules) as Rules),
  };
}

function rulesOf(playbook: Playbook): string {
  const { id: _id, name: _name, builtIn: _builtIn, version: _version, ...rules } = playbook;
  return JSON.stringify(rules);
}

export const PLAYBOOK_COLUMNS = ['playbook_id', 'name', 'rules', 'version'] as const;

/** The owner's own playbooks as rows, oldest first (by `id`, which is read too). */
export function playbookRowsQuery(tx: Executor, ownerId: number) {
  return tx.kysely
    .selectFrom('playbook')
    .select([...PLAYBOOK_COLUMNS, 'id'])
    .where('owner_id', '=', ownerId)
    .orderBy('id');
}

/** The owner's own playbooks, oldest first. */
export async function listPlaybookRows(tx: Executor, ownerId: number): Promise<Playbook[]> {
  return (await playbookRowsQuery(tx, ownerId).execute()).map(toPlaybook);
}

export async function insertPlaybook(
  tx: Executor,
  ownerId: number,
  playbook: Playbook,
  now: Date,
): Promise<void> {
  const stamp = now.toISOString();
  await tx.kysely
    .insertInto('playbook')
    .values({
      owner_id: ownerId,
      playbook_id: playbook.id,
      name: playbook.name,
      rules: rulesOf(playbook),
      version: 1,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
}

/** Writes the copy if it is still at `version`; false when it moved on. */
export async function updatePlaybook(
  tx: Executor,
  ownerId: number,
  playbook: Playbook,
  version: number,
  now: Date,
): Promise<boolean> {
  const result = await tx.kysely
    .updateTable('playbook')
    .set({
      name: playbook.name,
      rules: rulesOf(playbook),
      version: version + 1,
      updated_at: now.toISOString(),
    })
    .where('owner_id', '=', ownerId)
    .where('playbook_id', '=', playbook.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Deletes the copy and moves the owner's interviews that used it to `fallbackId`. */
export async function deletePlaybook(
  tx: Executor,
  ownerId: number,
  playbookId: string,
  fallbackId: string,
  now: Date,
): Promise<boolean> {
  const result = await tx.kysely
    .deleteFrom('playbook')
    .where('owner_id', '=', ownerId)
    .where('playbook_id', '=', playbookId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) return false;
  await tx.kysely
    .updateTable('interview')
    // A new version, so a page showing the old playbook hears of the change on its next save.
    .set((eb) => ({
      playbook_id: fallbackId,
      version: eb('version', '+', 1),
      updated_at: now.toISOString(),
    }))
    .where('owner_id', '=', ownerId)
    .where('playbook_id', '=', playbookId)
    .execute();
  return true;
}
