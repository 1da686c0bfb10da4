import { afterAll, describe, expect, test } from 'vitest';
import { CAREER_CENTRE } from '#core/playbook';
import { addOtherUser, dropTestSchemas, openTestContext, testDatabases } from '#testing/databases';
import { readAgendaSettings } from './agenda-settings.store';
import { withWriteTransaction, type Executor } from './database';
import { insertPlaybook, listPlaybookRows } from './playbook.store';
import { readSettings, writeSettings } from './settings.store';
import { insertDecision, listDecisions } from './timeline.store';

afterAll(dropTestSchemas);

describe.each(testDatabases)('the settings an agenda is worked out with ($name)', (database) => {
  test('are read in one statement exactly as the three reads give them', async () => {
    const ctx = await openTestContext(database);
    const other = await addOtherUser(ctx);
    const tx: Executor = { kysely: ctx.db.kysely, dialect: ctx.db.dialect };
    const now = new Date('2026-03-02T09:00:00.000Z');
    // A user who never chose anything.
    expect(await readAgendaSettings(tx, ctx.userId)).toEqual({
      decisions: [],
      settings: await readSettings(tx, ctx.userId),
      playbooks: [],
    });
    await withWriteTransaction(ctx.db, async (w) => {
      await writeSettings(w, ctx.userId, { time_zone: 'Asia/Tokyo', name: "Ana O'Neill" }, now);
      await insertDecision(
        w,
        ctx.userId,
        { actionId: 'keep_in_touch:7:2026-01-05', decision: 'done' },
        now,
      );
      await insertDecision(
        w,
        ctx.userId,
        { actionId: 'follow_up:3:2026-02-02:3', decision: 'snoozed', until: '2026-03-09' },
        now,
      );
      const copy = {
        ...CAREER_CENTRE,
        id: 'mine',
        name: 'Mine, "quoted"',
        builtIn: false,
        version: 1,
      };
      await insertPlaybook(w, ctx.userId, copy, now);
      await insertDecision(
        w,
        other.userId,
        { actionId: 'keep_in_touch:9:2026-01-05', decision: 'dismissed' },
        now,
      );
    });
    const read = await readAgendaSettings(tx, ctx.userId);
    expect(read).toEqual({
      decisions: await listDecisions(tx, ctx.userId),
      settings: await readSettings(tx, ctx.userId),
      playbooks: await listPlaybookRows(tx, ctx.userId),
    });
    // In the order made: the latest decision about an action is the one that counts.
    expect(read.decisions.map((d) => d.actionId)).toEqual([
      'keep_in_touch:7:2026-01-05',
      'follow_up:3:2026-02-02:3',
    ]);
    expect(read.settings).toMatchObject({ time_zone: 'Asia/Tokyo', name: "Ana O'Neill" });
    expect(read.playbooks.map((p) => [p.id, p.name, p.version])).toEqual([
      ['mine', 'Mine, "quoted"', 1],
    ]);
    await ctx.db.close();
  });
});
