import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addOtherUser, dropTestSchemas, openTestContext, testDatabases } from '#testing/databases';
import type { ServiceContext } from './context';
import { createInterview, getInterview, patchInterview } from './interview.service';
import { createPerson } from './person.service';
import { sql } from 'kysely';
import { openDatabase } from '#store/database';
import {
  copyPlaybook,
  deletePlaybook,
  listPlaybooks,
  playbookWithoutUpgrading,
  updatePlaybook,
} from './playbook.service';
import { getSettings, updateSettings } from './settings.service';

afterAll(dropTestSchemas);

describe.each(testDatabases)('playbooks on $name', (database) => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    ctx = await openTestContext(database);
  });
  afterEach(async () => {
    await ctx.db.close();
  });

  const failure = (promise: Promise<unknown>) => promise.catch((error: unknown) => error);
  const startInterview = async (name: string) =>
    createInterview(ctx, { personId: (await createPerson(ctx, { name })).id });

  test('lists the built-ins, then copies whose ids never clash with a built-in or each other', async () => {
    const first = await copyPlaybook(ctx, { copyOf: 'two-hour-job-search' });
    const named = await copyPlaybook(ctx, { copyOf: 'career-centre', name: 'Career centre' });
    const again = await copyPlaybook(ctx, { copyOf: first.id, name: 'Career Centre!' });
    expect(first).toMatchObject({
      id: 'two-hour-job-search-3b7-copy',
      name: 'Two-hour job search (3B7) (copy)',
      builtIn: false,
      outreach: { wordLimit: 75 },
    });
    expect([named.id, again.id]).toEqual(['career-centre-2', 'career-centre-3']);
    expect(again.outreach.wordLimit).toBe(75);
    const { items } = await listPlaybooks(ctx);
    expect(items.map((p) => [p.id, p.builtIn])).toEqual([
      ['two-hour-job-search', true],
      ['career-centre', true],
      [first.id, false],
      [named.id, false],
      [again.id, false],
    ]);
  });

  test('changes part of a copy and keeps the rest; a change that breaks a rule names the field', async () => {
    const copy = await copyPlaybook(ctx, { copyOf: 'career-centre', name: 'Slower' });
    const changed = await updatePlaybook(ctx, copy.id, {
      name: 'Slower still',
      outreach: { linkedinNoteLimit: 200 },
      cadence: { holidaysCountry: 'GB' },
      keepInTouchWeeks: 6,
    });
    expect(changed).toMatchObject({
      id: 'slower',
      name: 'Slower still',
      outreach: { wordLimit: 100, linkedinNoteLimit: 200 },
      cadence: { holidaysCountry: 'GB', giveUpAfterBusinessDays: 5 },
      keepInTouchWeeks: 6,
    });
    expect((await listPlaybooks(ctx)).items.at(-1)).toEqual(changed);

    expect(
      await failure(updatePlaybook(ctx, copy.id, { outreach: { wordLimit: 5 } })),
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: 'outreach.wordLimit' }] });
    expect(await failure(updatePlaybook(ctx, copy.id, { cadence: { steps: [] } }))).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'cadence.steps' }],
    });
    expect(await failure(updatePlaybook(ctx, copy.id, { id: 'renamed' }))).toMatchObject({
      code: 'invalid_input',
    });
  });

  test('refuses rules that contradict each other or name a country without known holidays', async () => {
    const copy = await copyPlaybook(ctx, { copyOf: 'two-hour-job-search', name: 'Strict' });
    const issue = async (change: object) => {
      const error = (await failure(updatePlaybook(ctx, copy.id, change))) as {
        code: string;
        issues: { path: string; message: string }[];
      };
      expect(error.code).toBe('invalid_input');
      return error.issues[0]!;
    };
    expect(await issue({ cadence: { holidaysCountry: 'ZZ' } })).toMatchObject({
      path: 'cadence.holidaysCountry',
      message: expect.stringMatching(/"ZZ" is not a country.*such as US/),
    });
    expect(await issue({ outreach: { timeAskMinutes: { min: 60, max: 5 } } })).toMatchObject({
      path: 'outreach.timeAskMinutes.max',
      message: expect.stringMatching(/make it at least 60, or lower the shortest/),
    });
    expect(await issue({ defaultDurationMinutes: 45 })).toMatchObject({
      path: 'defaultDurationMinutes',
      message: expect.stringMatching(/within the time ask \(10–20 minutes\)/),
    });
    // Both limits move together with the duration in one change.
    const longer = await updatePlaybook(ctx, copy.id, {
      outreach: { timeAskMinutes: { min: 30, max: 60 } },
      defaultDurationMinutes: 45,
      cadence: { holidaysCountry: 'DE' },
    });
    expect(longer).toMatchObject({
      defaultDurationMinutes: 45,
      cadence: { holidaysCountry: 'DE' },
    });
    expect(
      await updatePlaybook(ctx, copy.id, { cadence: { holidaysCountry: null } }),
    ).toMatchObject({ cadence: { holidaysCountry: null } });
  });

  test('every change raises the version; a change from an older version is refused', async () => {
    const copy = await copyPlaybook(ctx, { copyOf: 'two-hour-job-search', name: 'Tabs' });
    expect(copy.version).toBe(1);
    expect((await updatePlaybook(ctx, copy.id, { version: 1, name: 'Tab one' })).version).toBe(2);
    const stale = await failure(updatePlaybook(ctx, copy.id, { version: 1, name: 'Tab two' }));
    expect(stale).toMatchObject({
      code: 'conflict',
      details: { current: { id: copy.id, name: 'Tab one', version: 2 } },
    });
    // Without a version the change applies to whatever is stored.
    expect(await updatePlaybook(ctx, copy.id, { keepInTouchWeeks: 3 })).toMatchObject({
      name: 'Tab one',
      version: 3,
    });
    // Two changes from the same version at once: one wins, the other hears of it.
    const results = await Promise.allSettled([
      updatePlaybook(ctx, copy.id, { version: 3, keepInTouchWeeks: 5 }),
      updatePlaybook(ctx, copy.id, { version: 3, keepInTouchWeeks: 6 }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((result) => result.status === 'rejected');
    expect(rejected?.reason).toMatchObject({
      code: 'conflict',
      details: { current: { version: 4 } },
    });
    expect((await listPlaybooks(ctx)).items.at(-1)).toMatchObject({ version: 4 });
  });

  test('built-ins refuse changes and deletion; unknown copies are not found', async () => {
    expect(
      await failure(updatePlaybook(ctx, 'career-centre', { keepInTouchWeeks: 4 })),
    ).toMatchObject({ code: 'forbidden', message: expect.stringContaining('copy it') as unknown });
    expect(await failure(deletePlaybook(ctx, 'two-hour-job-search'))).toMatchObject({
      code: 'forbidden',
    });
    expect(await failure(deletePlaybook(ctx, 'nothing-here'))).toMatchObject({
      code: 'not_found',
    });
    expect(await failure(copyPlaybook(ctx, { copyOf: 'nothing-here' }))).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'copyOf' }],
    });
  });

  test('new interviews start with the active playbook, and each can change its own', async () => {
    const copy = await copyPlaybook(ctx, { copyOf: 'career-centre', name: 'Mine' });
    await updateSettings(ctx, { playbookId: copy.id });
    const interview = await startInterview('Ana');
    expect(interview.playbookId).toBe('mine');

    const moved = await patchInterview(ctx, interview.id, {
      version: interview.version,
      playbookId: 'career-centre',
    });
    expect(moved).toMatchObject({ playbookId: 'career-centre', version: interview.version + 1 });
    expect(
      await failure(
        patchInterview(ctx, interview.id, {
          version: interview.version,
          playbookId: 'mine',
        }),
      ),
    ).toMatchObject({ code: 'conflict' });
    expect(
      await failure(
        patchInterview(ctx, interview.id, { version: moved.version, playbookId: 'nope' }),
      ),
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: 'playbookId' }] });
  });

  test('deleting a copy moves its interviews to the active playbook', async () => {
    const kept = await copyPlaybook(ctx, { copyOf: 'career-centre', name: 'Kept' });
    const gone = await copyPlaybook(ctx, { copyOf: 'career-centre', name: 'Gone' });
    await updateSettings(ctx, { playbookId: kept.id });
    const interview = await startInterview('Ana');
    await patchInterview(ctx, interview.id, { version: 1, playbookId: gone.id });

    await deletePlaybook(ctx, gone.id);
    expect((await getInterview(ctx, interview.id)).playbookId).toBe('kept');
    expect((await listPlaybooks(ctx)).items.map((p) => p.id)).not.toContain('gone');
  });

  test('deleting the active copy makes the default active again, for its interviews too', async () => {
    const copy = await copyPlaybook(ctx, { copyOf: 'career-centre', name: 'Mine' });
    await updateSettings(ctx, { playbookId: copy.id });
    const interview = await startInterview('Ana');
    await deletePlaybook(ctx, copy.id);
    expect((await getSettings(ctx)).playbookId).toBe('two-hour-job-search');
    expect((await getInterview(ctx, interview.id)).playbookId).toBe('two-hour-job-search');
  });

  test('another user never sees or changes my copies', async () => {
    const copy = await copyPlaybook(ctx, { copyOf: 'career-centre', name: 'Mine' });
    const other = await addOtherUser(ctx);
    expect((await listPlaybooks(other)).items.map((p) => p.id)).toEqual([
      'two-hour-job-search',
      'career-centre',
    ]);
    expect(await failure(updatePlaybook(other, copy.id, { keepInTouchWeeks: 2 }))).toMatchObject({
      code: 'not_found',
    });
    expect(await failure(updateSettings(other, { playbookId: copy.id }))).toMatchObject({
      code: 'invalid_input',
    });
    // Their own copy may take the same name and id.
    expect((await copyPlaybook(other, { copyOf: 'career-centre', name: 'Mine' })).id).toBe('mine');
  });
});

// An in-memory SQLite database cannot be opened a second time; lint.cli.test covers files.
describe.each(testDatabases.filter((database) => database.name === 'postgres'))(
  'playbooks read without upgrading on $name',
  (database) => {
    let ctx: ServiceContext;
    beforeEach(async () => {
      ctx = await openTestContext(database);
    });
    afterEach(async () => {
      await ctx.db.close();
    });

    test('a read-only command finds copies in an existing database and creates nothing in an empty one', async () => {
      const copy = await copyPlaybook(ctx, { copyOf: 'career-centre', name: 'Read me' });
      await updateSettings(ctx, { playbookId: copy.id });
      const location = ctx.config.database;
      expect(await playbookWithoutUpgrading(location)).toMatchObject({
        playbook: { id: copy.id },
        note: null,
      });
      expect((await playbookWithoutUpgrading(location, copy.id)).playbook.id).toBe(copy.id);

      const empty = await database.location();
      expect(await playbookWithoutUpgrading(empty)).toMatchObject({
        playbook: { id: 'two-hour-job-search' },
        note: null,
      });
      const probe = openDatabase(empty);
      try {
        const tables = await sql<{ n: number }>`
          select count(*)::int as n from information_schema.tables
          where table_schema = ${empty.kind === 'postgres' ? empty.schema : ''}`.execute(
          probe.kysely,
        );
        expect(tables.rows[0]?.n).toBe(0);
      } finally {
        await probe.close();
      }
    });
  },
);
