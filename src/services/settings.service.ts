import { randomBytes } from 'node:crypto';
import { assertTimeZone } from '#core/cadence/time-zone';
import { choosePlaybook } from '#core/playbook';
import { SettingsPatchSchema, type Settings } from '#core/settings';
import { parseInput } from '#core/validation';
import { withWriteTransaction, type Executor } from '#store/database';
import { listPlaybookRows } from '#store/playbook.store';
import {
  ownerOfCalendarSecret,
  readSettings,
  writeSettings,
  type SettingsChange,
  type SettingsRow,
} from '#store/settings.store';
import type { ServiceContext } from './context';
import { readExecutor } from './paging';
import { requirePlaybook } from './playbook.service';

/** The machine's own zone, so a local user's days start when theirs do; UTC when unknown. */
export function machineTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    if (zone) assertTimeZone(zone);
    return zone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The user's time zone: the one they chose, else the machine's. */
export function timeZoneOf(row: SettingsRow): string {
  return row.time_zone ?? machineTimeZone();
}

/** 32 random bytes, 43 url-safe characters: too many to guess, short enough for a URL. */
function newCalendarSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Reads the settings, creating the calendar secret the first time anyone asks for it. */
async function settingsOf(tx: Executor, ownerId: number, now: Date): Promise<Settings> {
  let row = await readSettings(tx, ownerId);
  if (row.calendar_secret === null) {
    await writeSettings(tx, ownerId, { calendar_secret: newCalendarSecret() }, now);
    row = await readSettings(tx, ownerId);
  }
  return present(tx, ownerId, row);
}

async function present(tx: Executor, ownerId: number, row: SettingsRow): Promise<Settings> {
  const { active } = choosePlaybook(await listPlaybookRows(tx, ownerId), row.playbook_id);
  return {
    profile: { name: row.name, email: row.email, summary: row.summary },
    timeZone: timeZoneOf(row),
    playbookId: active.id,
    calendarFeedPath: `/calendar/${row.calendar_secret}.ics`,
  };
}

export async function getSettings(ctx: ServiceContext): Promise<Settings> {
  const tx = readExecutor(ctx);
  const row = await readSettings(tx, ctx.userId);
  // Only the very first read writes; every later one is a plain read.
  if (row.calendar_secret !== null) return present(tx, ctx.userId, row);
  return withWriteTransaction(ctx.db, (write) => settingsOf(write, ctx.userId, ctx.clock.now()));
}

/** Changes any of profile, time zone and active playbook; unknown zones and playbooks are refused. */
export async function updateSettings(ctx: ServiceContext, input: unknown): Promise<Settings> {
  const patch = parseInput(SettingsPatchSchema, input, 'settings');
  if (patch.timeZone !== undefined) assertTimeZone(patch.timeZone);
  const now = ctx.clock.now();
  return withWriteTransaction(ctx.db, async (tx) => {
    if (patch.playbookId !== undefined) {
      await requirePlaybook(tx, ctx.userId, patch.playbookId, 'playbookId');
    }
    const change: SettingsChange = {
      ...patch.profile,
      ...(patch.timeZone !== undefined ? { time_zone: patch.timeZone } : {}),
      ...(patch.playbookId !== undefined ? { playbook_id: patch.playbookId } : {}),
    };
    if (Object.keys(change).length > 0) await writeSettings(tx, ctx.userId, change, now);
    return settingsOf(tx, ctx.userId, now);
  });
}

/** A new feed address; calendars subscribed to the old one stop receiving updates. */
export async function rotateCalendarSecret(ctx: ServiceContext): Promise<Settings> {
  const now = ctx.clock.now();
  return withWriteTransaction(ctx.db, async (tx) => {
    await writeSettings(tx, ctx.userId, { calendar_secret: newCalendarSecret() }, now);
    return settingsOf(tx, ctx.userId, now);
  });
}

/** The user a feed secret belongs to, or undefined. */
export async function calendarOwner(
  ctx: ServiceContext,
  secret: string,
): Promise<number | undefined> {
  return ownerOfCalendarSecret(readExecutor(ctx), secret);
}
