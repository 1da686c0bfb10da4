import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { AppError } from '#core/errors';
import { addOtherUser, dropTestSchemas, openTestContext, testDatabases } from '#testing/databases';
import type { ServiceContext } from './context';
import { copyPlaybook } from './playbook.service';
import {
  calendarOwner,
  getSettings,
  machineTimeZone,
  rotateCalendarSecret,
  updateSettings,
} from './settings.service';

afterAll(dropTestSchemas);

describe.each(testDatabases)('settings on $name', (database) => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    ctx = await openTestContext(database);
  });
  afterEach(async () => {
    await ctx.db.close();
  });

  const secretOf = (path: string) => /^\/calendar\/([\w-]+)\.ics$/.exec(path)?.[1];

  test('start from the machine’s time zone, the default playbook and a new feed secret', async () => {
    const settings = await getSettings(ctx);
    expect(settings).toMatchObject({
      profile: { name: null, email: null, summary: null },
      timeZone: machineTimeZone(),
      playbookId: 'two-hour-job-search',
    });
    expect(secretOf(settings.calendarFeedPath)?.length).toBeGreaterThanOrEqual(32);
    expect((await getSettings(ctx)).calendarFeedPath).toBe(settings.calendarFeedPath);
  });

  test('keep a profile, time zone and playbook; empty text clears a field', async () => {
    const copy = await copyPlaybook(ctx, { copyOf: 'career-centre', name: 'Mine' });
    await updateSettings(ctx, {
      profile: { name: ' Ana  Silva ', email: 'ana@example.com', summary: 'a nurse' },
    });
    const updated = await updateSettings(ctx, {
      profile: { summary: '' },
      timeZone: 'Europe/Lisbon',
      playbookId: copy.id,
    });
    expect(updated).toMatchObject({
      profile: { name: 'Ana Silva', email: 'ana@example.com', summary: null },
      timeZone: 'Europe/Lisbon',
      playbookId: 'mine',
    });
    expect(await getSettings(ctx)).toEqual(updated);
  });

  test.each([
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ playbookId: 'no-such-playbook' }, 'playbookId'],
    [{ profile: { email: 'not an address' } }, 'profile.email'],
  ])('refuse %j, naming the field, and change nothing', async (patch, field) => {
    const error = await updateSettings(ctx, patch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: field }] });
    expect((await getSettings(ctx)).playbookId).toBe('two-hour-job-search');
  });

  test('a rotated secret opens the feed; the old one opens nothing', async () => {
    const before = secretOf((await getSettings(ctx)).calendarFeedPath)!;
    expect(await calendarOwner(ctx, before)).toBe(ctx.userId);
    const after = secretOf((await rotateCalendarSecret(ctx)).calendarFeedPath)!;
    expect(after).not.toBe(before);
    expect(await calendarOwner(ctx, before)).toBeUndefined();
    expect(await calendarOwner(ctx, after)).toBe(ctx.userId);
  });

  test('each user has settings and a secret of their own', async () => {
    await updateSettings(ctx, { timeZone: 'Asia/Tokyo', profile: { name: 'Ana' } });
    const other = await addOtherUser(ctx);
    const theirs = await getSettings(other);
    expect(theirs.profile.name).toBeNull();
    expect(theirs.timeZone).toBe(machineTimeZone());
    expect(theirs.calendarFeedPath).not.toBe((await getSettings(ctx)).calendarFeedPath);
    expect(await calendarOwner(ctx, secretOf(theirs.calendarFeedPath)!)).toBe(other.userId);
  });
});
