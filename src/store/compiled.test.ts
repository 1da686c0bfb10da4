import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { sql } from 'kysely';
import type { ServiceContext } from '#services/context';
import {
  addOtherUser,
  dropTestSchemas,
  openTestContext,
  testDatabases,
  type TestDatabase,
} from '#testing/databases';
import { ownerRead, PREPARED_ON_POSTGRES, shapedOwnerRead } from './compiled';
import { withWriteTransaction, type DatabaseHandle, type Executor } from './database';
import { insertPeople } from './person.store';
import { aPersonRecord } from '#testing/person-records';

afterAll(dropTestSchemas);

const namesOf = ownerRead((tx, ownerId) =>
  tx.kysely
    .selectFrom('person')
    .select('name')
    .where('owner_id', '=', ownerId)
    .where('archived_at', 'is', null)
    .where('name', '<>', 'no one')
    .orderBy('name'),
);

async function addPerson(db: DatabaseHandle, ownerId: number, name: string) {
  await withWriteTransaction(db, (tx) =>
    insertPeople(tx, ownerId, [aPersonRecord(name)], new Date('2026-03-02T09:00:00.000Z')),
  );
}

/** A new context whose user has these people, and a reader on its database. */
async function contextWith(database: TestDatabase, ...names: string[]) {
  const ctx = await openTestContext(database);
  for (const name of names) await addPerson(ctx.db, ctx.userId, name);
  const tx: Executor = { kysely: ctx.db.kysely, dialect: ctx.db.dialect };
  return { ctx, tx };
}

describe.each(testDatabases)('a read compiled once ($name)', (database) => {
  test('gives each owner their own rows, the owner being the one value filled in', async () => {
    const ctx = await openTestContext(database);
    const other = await addOtherUser(ctx);
    const tx: Executor = { kysely: ctx.db.kysely, dialect: ctx.db.dialect };
    await addPerson(ctx.db, ctx.userId, 'Maria Lopez');
    await addPerson(ctx.db, other.userId, 'Sam Okafor');
    await addPerson(ctx.db, other.userId, 'Ana Ito');
    expect(await namesOf(tx, ctx.userId)).toEqual([{ name: 'Maria Lopez' }]);
    expect(await namesOf(tx, other.userId)).toEqual([{ name: 'Ana Ito' }, { name: 'Sam Okafor' }]);
    await ctx.db.close();
  });

  test('refuses a query that does not filter by owner', async () => {
    const ctx = await openTestContext(database);
    const everyone = ownerRead((tx) => tx.kysely.selectFrom('person').select('name'));
    await expect(everyone({ kysely: ctx.db.kysely, dialect: ctx.db.dialect }, 1)).rejects.toThrow(
      /does not filter by owner/,
    );
    await ctx.db.close();
  });

  test('fills in its arguments, and keeps constants exactly as written', async () => {
    const { ctx, tx } = await contextWith(database, "Sam O'Brien", 'Maria Lopez', 'Ana Ito');
    // A quote, a backslash and what looks like a parameter, in constants and in the text.
    const named = ownerRead((tx, ownerId, from: string, limit: number) =>
      tx.kysely
        .selectFrom('person')
        .select(['name', sql<string>`'$1 \\ it''s'`.as('text')])
        .select((eb) => eb.val("it's $2 \\").as('constant'))
        .where('owner_id', '=', ownerId)
        .where('name', '>=', from)
        .where('name', '<>', 'Nobody')
        .orderBy('name')
        .limit(limit),
    );
    const rows = await named(tx, ctx.userId, 'B', 1);
    expect(rows).toEqual([{ name: 'Maria Lopez', text: "$1 \\ it's", constant: "it's $2 \\" }]);
    expect((await named(tx, ctx.userId, 'N', 5)).map((row) => row.name)).toEqual(["Sam O'Brien"]);
    await ctx.db.close();
  });

  test('refuses a query built one way or another depending on its arguments', async () => {
    const ctx = await openTestContext(database);
    const branching = ownerRead((tx, ownerId, limit: number | null) => {
      const query = tx.kysely.selectFrom('person').select('name').where('owner_id', '=', ownerId);
      return limit === null ? query : query.limit(limit);
    });
    await expect(
      branching({ kysely: ctx.db.kysely, dialect: ctx.db.dialect }, 1, 3),
    ).rejects.toThrow(/vary with the owner and arguments alone/);
    await ctx.db.close();
  });

  test('a shaped read is compiled once a shape, each shape with its own values', async () => {
    const { ctx, tx } = await contextWith(database, 'Ana Ito', 'Maria Lopez', 'Sam Okafor');
    let builds = 0;
    const namesBetween = shapedOwnerRead<{ name: string }, { upper: boolean }>(
      (tx, ownerId, shape, ...values) => {
        builds += 1;
        let query = tx.kysely
          .selectFrom('person')
          .select('name')
          .where('owner_id', '=', ownerId)
          .where('name', '>=', values[0] as string);
        if (shape.upper) query = query.where('name', '<', values[1] as string);
        return query.orderBy('name');
      },
    );
    const names = async (shape: { upper: boolean }, ...values: string[]) =>
      (await namesBetween(tx, ctx.userId, shape, ...values)).map((row) => row.name);
    expect(await names({ upper: false }, 'B')).toEqual(['Maria Lopez', 'Sam Okafor']);
    expect(await names({ upper: true }, 'B', 'N')).toEqual(['Maria Lopez']);
    const afterTwoShapes = builds;
    expect(await names({ upper: true }, 'A', 'M')).toEqual(['Ana Ito']);
    expect(await names({ upper: false }, 'N')).toEqual(['Sam Okafor']);
    expect(builds).toBe(afterTwoShapes);
    await ctx.db.close();
  });

  test('refuses an argument that does not reach the query as one parameter', async () => {
    const ctx = await openTestContext(database);
    const doubled = ownerRead((tx, ownerId, limit: number) =>
      tx.kysely
        .selectFrom('person')
        .select('name')
        .where('owner_id', '=', ownerId)
        .limit(Number(limit) * 2),
    );
    await expect(doubled({ kysely: ctx.db.kysely, dialect: ctx.db.dialect }, 1, 3)).rejects.toThrow(
      /argument 1 is not one parameter/,
    );
    await ctx.db.close();
  });

  test('refuses a query that varies with anything but the owner', async () => {
    const ctx = await openTestContext(database);
    let calls = 0;
    const counted = ownerRead((tx, ownerId) =>
      tx.kysely
        .selectFrom('person')
        .select('name')
        .where('owner_id', '=', ownerId)
        .limit((calls += 1)),
    );
    await expect(counted({ kysely: ctx.db.kysely, dialect: ctx.db.dialect }, 1)).rejects.toThrow(
      /vary with the owner and arguments alone/,
    );
    await ctx.db.close();
  });
});

/** The texts of the statements this session holds that `ownerRead` prepared. */
async function ourPreparedStatements(connection: Executor['kysely']): Promise<string[]> {
  const { rows } = await sql<{ statement: string }>`
    select statement from pg_prepared_statements`.execute(connection);
  return rows.map((row) => row.statement).filter((text) => PREPARED_ON_POSTGRES.has(text));
}

describe.each(testDatabases.filter((d) => d.name === 'postgres'))(
  'prepared statements ($name)',
  (database) => {
    let ctx: ServiceContext;
    beforeEach(async () => {
      ctx = await openTestContext(database);
      await addPerson(ctx.db, ctx.userId, 'Maria Lopez');
    });
    afterEach(() => ctx.db.close());

    test('are planned once per connection, and sent plain when the server forgot them', async () => {
      await ctx.db.kysely.connection().execute(async (connection) => {
        const tx: Executor = { kysely: connection, dialect: 'postgres' };
        await namesOf(tx, ctx.userId);
        // The constant is written in, so the plan kept for any owner knows what it filters by.
        expect(await ourPreparedStatements(connection)).toContainEqual(
          expect.stringMatching(
            /from "person" where "owner_id" = \$1 and "archived_at" is null and "name" <> 'no one' order by "name"$/,
          ),
        );
        // What a transaction-mode pooler does between two requests: the server forgets them.
        await sql`deallocate all`.execute(connection);
        expect(await namesOf(tx, ctx.userId)).toEqual([{ name: 'Maria Lopez' }]);
      });
    });

    test('a read whose plan depends on its values is compiled once but planned every call', async () => {
      const named = ownerRead(
        (tx, ownerId, name: string) =>
          tx.kysely
            .selectFrom('person')
            .select('name')
            .where('owner_id', '=', ownerId)
            .where('name', '=', name)
            .where('title', 'is', null),
        { prepareOnPostgres: false },
      );
      await ctx.db.kysely.connection().execute(async (connection) => {
        const tx: Executor = { kysely: connection, dialect: 'postgres' };
        expect(await named(tx, ctx.userId, 'Maria Lopez')).toEqual([{ name: 'Maria Lopez' }]);
        expect(await named(tx, ctx.userId, 'Sam Okafor')).toEqual([]);
        const { rows } = await sql<{ statement: string }>`
          select statement from pg_prepared_statements`.execute(connection);
        expect(rows.filter((row) => row.statement.includes('"title" is null'))).toEqual([]);
      });
    });

    test('a name the session already holds is not trusted: the statement goes plain', async () => {
      await ctx.db.kysely.connection().execute(async (first) => {
        await namesOf({ kysely: first, dialect: 'postgres' }, ctx.userId);
        const [ours] = await ourPreparedStatements(first);
        // Another session, as a pooler may hand over, where someone prepared that name already.
        await ctx.db.kysely.connection().execute(async (second) => {
          await sql
            .raw(`prepare ${PREPARED_ON_POSTGRES.get(ours!)!} as select 'not yours' as name`)
            .execute(second);
          expect(await namesOf({ kysely: second, dialect: 'postgres' }, ctx.userId)).toEqual([
            { name: 'Maria Lopez' },
          ]);
        });
      });
    });

    test('constants are written in quoted, meaning what they meant as parameters', async () => {
      const constants = ownerRead((tx, ownerId) =>
        tx.kysely
          .selectFrom('person')
          .select((eb) => [
            'name',
            eb.val("it's $1").as('quoted'),
            sql<number>`${-3}::integer + 1`.as('sum'),
            sql<string>`coalesce(null::text, ${5})`.as('as_text'),
            sql<boolean>`${true} and ${false}`.as('neither'),
          ])
          .where('owner_id', '=', ownerId)
          .limit(1),
      );
      await ctx.db.kysely.connection().execute(async (connection) => {
        const rows = await constants({ kysely: connection, dialect: 'postgres' }, ctx.userId);
        expect(rows).toEqual([
          { name: 'Maria Lopez', quoted: "it's $1", sum: -2, as_text: '5', neither: false },
        ]);
        const [text] = (await ourPreparedStatements(connection)).filter((t) => t.includes('$1 '));
        expect(text).toContain(`'it''s $1'`);
        expect(text).toContain(`'-3'::integer + 1`);
        expect(text).toMatch(/limit '1'$/);
        expect(text?.match(/\$\d+/g)).toEqual(['$1', '$1']);
      });
    });

    test('a text with a comment keeps its constants as parameters', async () => {
      const commented = ownerRead((tx, ownerId) =>
        tx.kysely
          .selectFrom('person')
          .select([
            sql<string>`${'it works'} /* the owner's */`.as('said'),
            sql<string>`${'well'} /* Sam's */`.as('how'),
          ])
          .where('owner_id', '=', ownerId),
      );
      const rows = await commented({ kysely: ctx.db.kysely, dialect: 'postgres' }, ctx.userId);
      expect(rows).toEqual([{ said: 'it works', how: 'well' }]);
    });

    test('inside a transaction a forgotten statement reports its own error', async () => {
      await ctx.db.kysely.transaction().execute(async (trx) => {
        const tx: Executor = { kysely: trx, dialect: 'postgres' };
        await namesOf(tx, ctx.userId);
        await sql`deallocate all`.execute(trx);
        await expect(namesOf(tx, ctx.userId)).rejects.toMatchObject({ code: '26000' });
      });
    });
  },
);
