import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { fixedClock } from '#core/clock';
import { openDatabase, withWriteTransaction } from '#store/database';
import { migrateToLatest } from '#store/migrate';
import { ensureLocalUser } from '#store/user.store';
import { dropTestSchemas, testDatabases } from '#testing/databases';
import { silentLogger, type ServiceContext } from './context';
import { createInterview, recordMessage } from './interview.service';
import { createPerson } from './person.service';
import { getToday } from './today.service';

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
    expect(six.queries).toBeLessThanOrEqual(5);
  });
});
