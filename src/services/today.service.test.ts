import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fixedClock } from '#core/clock';
import { openDatabase, withWriteTransaction } from '#store/database';
import { migrateToLatest } from '#store/migrate';
import { ensureLocalUser } from '#store/user.store';
import { dropTestSchemas, openTestContext, testDatabases } from '#testing/databases';
import { silentLogger, type ServiceContext } from './context';
import { createInterview } from './interview.service';
import { recordMessage } from './message.service';
import { createPerson, setArchived } from './person.service';
import { updateSettings } from './settings.service';
import { getToday, getTodayWithPeople } from './today.service';

afterAll(dropTestSchemas);

describe.each(testDatabases)('the Today agenda on $name', (database) => {
  let ctx: ServiceContext;
  const statements: string[] = [];
  afterEach(async () => {
    await ctx.db.close();
  });

  test('reads each table once, however many interviews there are (no query per interview)', async () => {
    const clock = fixedClock('2026-03-02T09:00:00.000Z');
    const location = await database.location();
    const db = openDatabase(location, (sql) => statements.push(sql));
    await migrateToLatest(db, clock.now());
    const userId = await withWriteTransaction(db, (tx) => ensureLocalUser(tx, clock.now()));
    ctx = {
      db,
      clock,
      log: silentLogger,
      userId,
      config: {
        dataDir: '/nonexistent',
        database: location,
        host: '127.0.0.1',
        port: 0,
      },
    };
    const askSomeone = async (name: string) => {
      const person = await createPerson(ctx, { name, organization: 'Acme' });
      const interview = await createInterview(ctx, { personId: person.id });
      await recordMessage(ctx, interview.id, { kind: 'request', channel: 'email', body: 'Hi' });
    };
    const queriesFor = async () => {
      statements.length = 0;
      const { actions } = await getToday(ctx, { asOf: '2026-03-12' });
      return { queries: statements.length, actions: actions.length };
    };

    await askSomeone('Ana');
    const one = await queriesFor();
    for (const name of ['Bo', 'Cleo', 'Dan', 'Eve', 'Finn']) await askSomeone(name);
    const six = await queriesFor();
    expect(six.actions).toBeGreaterThan(one.actions);
    expect(six.queries).toBe(one.queries);
    // Decisions, settings and playbooks in one; then interviews with actions (and what came back
    // since a request), their introducers with whom to ask next, and the people to keep in touch with.
    expect(six.queries).toBe(4);
    // A page of it, as the Today screen asks: the same four, the reminders tied with the last
    // one shown read ahead with the first ones.
    statements.length = 0;
    await getTodayWithPeople(ctx, { asOf: '2026-03-12', limit: '1' });
    expect(statements).toHaveLength(4);
  });
});

describe.each(testDatabases)('the second person Today suggests on $name', (database) => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    ctx = await openTestContext(database);
  });
  afterEach(async () => {
    await ctx.db.close();
  });

  test('is the warmest person there in no interview and not archived, first by name as code units', async () => {
    const at = (name: string, relationship: string, organization = 'Acme') =>
      createPerson(ctx, { name, organization, relationship });
    const asked = await at('Ana', 'linkedin');
    const interview = await createInterview(ctx, { personId: asked.id });
    await recordMessage(ctx, interview.id, {
      kind: 'request',
      channel: 'email',
      body: 'Hi',
      sentAt: '2026-03-02T09:00:00Z',
    });
    const busy = await at('Aaron', 'family');
    await createInterview(ctx, { personId: busy.id });
    const archived = await at('Abe', 'family');
    await setArchived(ctx, archived.id, true);
    await at('Cleo', 'coworker');
    await at('anna', 'family');
    const expected = await at('Bob', 'family');
    await at('Dora', 'family', 'Globex');

    const { actions } = await getToday(ctx, { asOf: '2026-03-06' });
    const ask = actions.find((action) => action.kind === 'ask_second_person');
    // "Bob" sorts before "anna" by code unit (as the engine compares), not by a locale.
    expect(ask?.suggestedPersonId).toBe(expected.id);
  });
});

describe.each(testDatabases)('asking a second person when nobody is free, on $name', (database) => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    ctx = await openTestContext(database);
  });
  afterEach(async () => {
    await ctx.db.close();
  });

  test('says everyone the user knows there is already in a conversation', async () => {
    const ana = await createPerson(ctx, { name: 'Ana', organization: 'Acme' });
    const bo = await createPerson(ctx, { name: 'Bo', organization: 'Acme' });
    await createInterview(ctx, { personId: bo.id });
    const interview = await createInterview(ctx, { personId: ana.id });
    await recordMessage(ctx, interview.id, {
      kind: 'request',
      channel: 'email',
      body: 'Hi',
      sentAt: '2026-03-02T09:00:00Z',
    });
    const { actions } = await getToday(ctx, { asOf: '2026-03-06' });
    const ask = actions.find((action) => action.kind === 'ask_second_person');
    expect(ask).not.toHaveProperty('suggestedPersonId');
    expect(ask?.reason).toContain('everyone you know there is already in a conversation');
  });
});

describe.each(testDatabases)('Today follows the settings on $name', (database) => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    ctx = await openTestContext(database);
  });
  afterEach(async () => {
    await ctx.db.close();
  });

  const ask = async (name: string, sentAt: string) => {
    const person = await createPerson(ctx, { name });
    const interview = await createInterview(ctx, { personId: person.id });
    await recordMessage(ctx, interview.id, {
      kind: 'request',
      channel: 'email',
      body: 'Hi',
      sentAt,
    });
    return interview;
  };

  test('counts days in the settings’ time zone unless the query names one', async () => {
    // Monday 23:30 in Honolulu is already Tuesday in UTC.
    const interview = await ask('Ana', '2026-03-03T09:30:00Z');
    await updateSettings(ctx, { timeZone: 'Pacific/Honolulu' });
    const ids = async (query: object) => (await getToday(ctx, query)).actions.map((a) => a.id);
    expect(await ids({ asOf: '2026-03-04' })).toContain(
      `ask_second_person:${interview.id}:2026-03-02:3`,
    );
    expect(await ids({ asOf: '2026-03-04', timeZone: 'UTC' })).toContain(
      `ask_second_person:${interview.id}:2026-03-03:3`,
    );
  });

  test('each interview follows its own playbook; a new one starts with the active playbook', async () => {
    const threeBSeven = await ask('Ana', '2026-03-02T15:00:00Z');
    await updateSettings(ctx, { playbookId: 'career-centre' });
    const careerCentre = await ask('Ben', '2026-03-02T15:00:00Z');
    expect([threeBSeven.playbookId, careerCentre.playbookId]).toEqual([
      'two-hour-job-search',
      'career-centre',
    ]);
    const { actions } = await getToday(ctx, { asOf: '2026-03-02', timeZone: 'UTC' });
    const followUps = (id: number) =>
      actions.filter((a) => a.interviewId === id && a.kind === 'follow_up').map((a) => a.due);
    expect(followUps(threeBSeven.id)).toEqual(['2026-03-11']);
    expect(followUps(careerCentre.id)).toEqual(['2026-03-09']);
  });
});
