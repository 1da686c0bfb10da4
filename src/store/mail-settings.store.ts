import type { MailSecurity } from '#core/mail-settings';
import type { Executor } from './database';

/** The stored row as the service needs it, password included: it never leaves the services layer. */
export type MailSettingRow = {
  host: string;
  port: number;
  security: MailSecurity;
  username: string;
  password: string | null;
  fromName: string;
  fromAddress: string;
  updatedAt: string;
};

export async function readMailSetting(
  tx: Executor,
  ownerId: number,
): Promise<MailSettingRow | null> {
  const row = await tx.kysely
    .selectFrom('mail_setting')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    host: row.host,
    port: row.port,
    security: row.security as MailSecurity,
    username: row.username,
    password: row.password,
    fromName: row.from_name,
    fromAddress: row.from_address,
    updatedAt: row.updated_at,
  };
}

/** Saves the owner's settings, replacing any before. */
export async function writeMailSetting(
  tx: Executor,
  ownerId: number,
  values: Omit<MailSettingRow, 'updatedAt'>,
  now: Date,
): Promise<void> {
  const stamp = now.toISOString();
  const columns = {
    host: values.host,
    port: values.port,
    security: values.security,
    username: values.username,
    password: values.password,
    from_name: values.fromName,
    from_address: values.fromAddress,
    updated_at: stamp,
  };
  // One statement, so two first saves at once cannot both insert (PostgreSQL's read committed).
  await tx.kysely
    .insertInto('mail_setting')
    .values({ owner_id: ownerId, ...columns, created_at: stamp })
    .onConflict((oc) => oc.column('owner_id').doUpdateSet(columns))
    .execute();
}

export async function deleteMailSetting(tx: Executor, ownerId: number): Promise<boolean> {
  const result = await tx.kysely
    .deleteFrom('mail_setting')
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
