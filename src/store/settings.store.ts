import type { Executor } from './database';
import type { UserSettingTable } from './schema';

export type SettingsRow = Omit<UserSettingTable, 'id' | 'owner_id' | 'updated_at'>;
export type SettingsChange = Partial<SettingsRow>;

const EMPTY: SettingsRow = {
  name: null,
  email: null,
  summary: null,
  time_zone: null,
  playbook_id: null,
  calendar_secret: null,
};

export const SETTINGS_COLUMNS = [
  'name',
  'email',
  'summary',
  'time_zone',
  'playbook_id',
  'calendar_secret',
] as const;

/** The owner's settings row, if they ever chose anything. */
export function settingsQuery(tx: Executor, ownerId: number) {
  return tx.kysely
    .selectFrom('user_setting')
    .select(SETTINGS_COLUMNS)
    .where('owner_id', '=', ownerId);
}

/** The owner's stored settings; a user who never chose anything has a row of nulls. */
export async function readSettings(tx: Executor, ownerId: number): Promise<SettingsRow> {
  return settingsOf(await settingsQuery(tx, ownerId).executeTakeFirst());
}

/** The settings a row holds; a row of nulls for a user who never chose anything. */
export function settingsOf(row: SettingsRow | undefined): SettingsRow {
  return row ?? EMPTY;
}

/** Writes the given columns, creating the owner's row the first time. */
export async function writeSettings(
  tx: Executor,
  ownerId: number,
  change: SettingsChange,
  now: Date,
): Promise<void> {
  const stamp = now.toISOString();
  await tx.kysely
    .insertInto('user_setting')
    .values({ ...EMPTY, ...change, owner_id: ownerId, updated_at: stamp })
    .onConflict((oc) => oc.column('owner_id').doUpdateSet({ ...change, updated_at: stamp }))
    .execute();
}

/** Whose feed a calendar secret opens, or undefined when it opens none. */
export async function ownerOfCalendarSecret(
  tx: Executor,
  secret: string,
): Promise<number | undefined> {
  const row = await tx.kysely
    .selectFrom('user_setting')
    .select('owner_id')
    .where('calendar_secret', '=', secret)
    .executeTakeFirst();
  return row?.owner_id;
}
