import { expect, test } from 'vitest';
import { openDatabase } from './database';
import { migrateToLatest } from './migrate';
import { ensureLocalUser } from './user.store';
import { loadCadenceData } from './agenda.store';
import { WARMTH_RANK_0015 } from './migrations/0015-warmest-first';
import { warmthRank } from './warmth-order';

test('the next person at each organization is one walk of the warmth index, with no sort', async () => {
  const statements: { sql: string; parameters: readonly unknown[] }[] = [];
  const db = openDatabase({ kind: 'sqlite', file: ':memory:' }, (sql, parameters) =>
    statements.push({ sql, parameters }),
  );
  const now = new Date('2026-03-02T09:00:00.000Z');
  await migrateToLatest(db, now);
  const ownerId = await ensureLocalUser({ kysely: db.kysely, dialect: 'sqlite' }, now);
  await loadCadenceData({ kysely: db.kysely, dialect: 'sqlite' }, ownerId);
  const read = statements.find(({ sql }) => sql.startsWith('with "asked"'));
  expect(read).toBeDefined();
  const plan = db
    .sqlite!.prepare(`explain query plan ${read!.sql}`)
    .all(...read!.parameters)
    .map((row) => (row as { detail: string }).detail);
  expect(plan).toContainEqual(expect.stringMatching(/person_owner_organization_warmth/));
  expect(plan.join('\n')).not.toMatch(/TEMP B-TREE FOR (LAST TERM OF |RIGHT PART OF )?ORDER BY/);
  await db.close();
});

test('the warmth rank is the one the index holds: a change of warmth needs a new migration', async () => {
  const db = openDatabase({ kind: 'sqlite', file: ':memory:' });
  expect(warmthRank('relationship').compile(db.kysely).sql).toBe(WARMTH_RANK_0015);
  await db.close();
});
