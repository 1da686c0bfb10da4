import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { KyselyPlugin } from 'kysely';
import { computeActions, countByStatus, firstOfEachStatus } from '#core/cadence/cadence';
import { addDays } from '#core/cadence/local-date';
import { startOfLocalDay } from '#core/cadence/time-zone';
import type { CadenceInteraction, InteractionKind } from '#core/cadence/types';
import { INTERVIEW_STAGES, type InterviewStage } from '#core/interview';
import { RELATIONSHIPS, type Relationship } from '#core/person';
import { withWriteTransaction, type Executor } from '#store/database';
import { dropTestSchemas, openTestContext, testDatabases } from '#testing/databases';
import type { ServiceContext } from '#services/context';
import { createPeople, deletePerson } from '#services/person.service';
import { computeAgenda, decideAction, getTodayWithPeople } from '#services/today.service';
import { mergePeople, undoMerge } from '#services/duplicate.service';
import { getPerson } from '#services/person.service';
import { cadenceInterviewOf } from './agenda.store';
import { chunks } from './chunks';
import { keepInTouchCandidates, keepInTouchPage } from './keep-in-touch.store';
import { STEP_INSTANT_COLUMNS } from './interview.store';

afterAll(dropTestSchemas);

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-02T09:00:00.000Z');

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe.each(testDatabases)('the agenda store on $name', (database) => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    ctx = await openTestContext(database);
  });
  afterEach(async () => {
    await ctx.db.close();
  });

  const facts = async (personId: number) =>
    ctx.db.kysely
      .selectFrom('person')
      .select([
        'last_contact_at',
        'last_conversation_at',
        'last_conversation_id',
        'last_conversation_playbook_id',
        'last_touch_at',
      ])
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();

  const insertInterview = (tx: Executor, fields: Record<string, unknown>) =>
    tx.kysely
      .insertInto('interview')
      .values({
        owner_id: ctx.userId,
        version: 1,
        person_id: 0,
        stage: 'idea',
        playbook_id: 'two-hour-job-search',
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
        ...fields,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

  const insertInteraction = (tx: Executor, personId: number, kind: string, at: string) =>
    tx.kysely
      .insertInto('interaction')
      .values({ owner_id: ctx.userId, person_id: personId, kind, at, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();

  test('each person carries their last contact and last conversation, whatever writes', async () => {
    const [ana, bo] = await createPeople(ctx, [{ name: 'Ana' }, { name: 'Bo' }]);
    expect(await facts(ana!)).toEqual({
      last_contact_at: null,
      last_conversation_at: null,
      last_conversation_id: null,
      last_conversation_playbook_id: null,
      last_touch_at: null,
    });

    const held = await withWriteTransaction(ctx.db, async (tx) => {
      // A stage change is bookkeeping, not contact.
      await insertInteraction(tx, ana!, 'stage_change', '2026-02-20T10:00:00.000Z');
      await insertInteraction(tx, ana!, 'note', '2026-01-10T10:00:00.000Z');
      return insertInterview(tx, {
        person_id: ana!,
        stage: 'held',
        held_at: '2026-01-05T15:00:00.000Z',
        playbook_id: 'career-centre',
      });
    });
    expect(await facts(ana!)).toEqual({
      last_contact_at: '2026-01-10T10:00:00.000Z',
      last_conversation_at: '2026-01-05T15:00:00.000Z',
      last_conversation_id: held.id,
      last_conversation_playbook_id: 'career-centre',
      last_touch_at: '2026-01-10T10:00:00.000Z',
    });

    // A later conversation takes over; moving it back to `scheduled` hands back the earlier one.
    const later = await withWriteTransaction(ctx.db, (tx) =>
      insertInterview(tx, {
        person_id: ana!,
        stage: 'closed',
        held_at: '2026-02-01T15:00:00.000Z',
      }),
    );
    expect(await facts(ana!)).toMatchObject({
      last_conversation_id: later.id,
      last_conversation_playbook_id: 'two-hour-job-search',
      last_touch_at: '2026-02-01T15:00:00.000Z',
    });
    await ctx.db.kysely
      .updateTable('interview')
      .set({ stage: 'scheduled' })
      .where('id', '=', later.id)
      .execute();
    expect(await facts(ana!)).toMatchObject({ last_conversation_id: held.id });

    // Merging Ana into Bo moves her timeline and interviews; undoing moves them back.
    const [anaNow, boNow] = [await getPerson(ctx, ana!), await getPerson(ctx, bo!)];
    const merge = await mergePeople(ctx, {
      keepId: bo,
      otherId: ana,
      keepVersion: boNow.version,
      otherVersion: anaNow.version,
    });
    expect(await facts(bo!)).toMatchObject({
      last_contact_at: '2026-01-10T10:00:00.000Z',
      last_conversation_id: held.id,
    });
    await undoMerge(ctx, merge.mergeId);
    expect(await facts(ana!)).toMatchObject({
      last_contact_at: '2026-01-10T10:00:00.000Z',
      last_conversation_id: held.id,
    });
    expect(await facts(bo!)).toMatchObject({ last_contact_at: null, last_conversation_id: null });

    // Deleting the interview and the note clears what they told.
    await ctx.db.kysely.deleteFrom('interview').where('person_id', '=', ana!).execute();
    await ctx.db.kysely.deleteFrom('interaction').where('person_id', '=', ana!).execute();
    expect(await facts(ana!)).toMatchObject({
      last_contact_at: null,
      last_conversation_id: null,
      last_touch_at: null,
    });
    // And a person can still be deleted with everything cascading from them.
    await withWriteTransaction(ctx.db, async (tx) => {
      await insertInteraction(tx, ana!, 'call', '2026-02-02T10:00:00.000Z');
      await insertInterview(tx, {
        person_id: ana!,
        stage: 'closed',
        held_at: '2026-02-02T10:00:00.000Z',
      });
    });
    await deletePerson(ctx, ana!);
    expect(
      await ctx.db.kysely.selectFrom('person').select('id').where('id', '=', ana!).execute(),
    ).toEqual([]);
  });

  /** A random network: people at a few organizations, interviews in every stage, a timeline. */
  async function seedNetwork() {
    const next = random(database.name === 'sqlite' ? 11 : 12);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const instant = (daysAgo: number) =>
      new Date(NOW - Math.round(daysAgo * DAY) - Math.floor(next() * 10) * 3_600_000).toISOString();
    const organizations = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay'];
    const ids = await createPeople(
      ctx,
      Array.from({ length: 160 }, (_, i) => ({
        name: `${pick(['Ana', 'Bo', 'Cleo', 'Dan', 'Eve', 'Zoë'])} ${pick(['Lopez', 'Kim', 'Ng'])} ${i}`,
        ...(next() < 0.85 ? { organization: pick(organizations) } : {}),
        ...(next() < 0.8 ? { relationship: pick(RELATIONSHIPS) } : {}),
      })),
    );
    await withWriteTransaction(ctx.db, async (tx) => {
      for (let i = 0; i < 110; i += 1) {
        const stage: InterviewStage = pick(INTERVIEW_STAGES);
        const sent = next() * 90;
        const answered = Math.max(0, sent - next() * 10);
        const talked = Math.max(0, answered - next() * 10);
        const asked = stage !== 'idea';
        const agreed = ['agreed', 'scheduled', 'held', 'closed'].includes(stage);
        const held = stage === 'held' || stage === 'closed';
        await insertInterview(tx, {
          person_id: pick(ids.slice(0, 100)),
          introduced_by_id: next() < 0.4 ? pick(ids) : null,
          stage,
          playbook_id: pick(['two-hour-job-search', 'career-centre', 'gone-playbook']),
          request_sent_at: asked ? instant(sent) : null,
          follow_up_sent_at: asked && next() < 0.3 ? instant(sent - 4) : null,
          agreed_at: agreed && next() < 0.9 ? instant(answered) : null,
          scheduled_for:
            stage === 'scheduled' || (held && next() < 0.5) ? instant(-next() * 12) : null,
          held_at: held && next() < 0.85 ? instant(talked) : null,
          thank_you_sent_at: held && next() < 0.5 ? instant(talked - 0.5) : null,
          introducer_thanked_at: held && next() < 0.3 ? instant(talked - 0.5) : null,
          questions_sent_at: agreed && next() < 0.4 ? instant(answered) : null,
          last_reply_at: agreed && next() < 0.8 ? instant(answered) : null,
        });
      }
      const kinds = ['message_sent', 'message_received', 'call', 'meeting', 'note', 'stage_change'];
      for (let i = 0; i < 260; i += 1) {
        await insertInteraction(tx, pick(ids), pick(kinds), instant(next() * 150));
      }
      for (const id of ids.slice(90, 110)) {
        await tx.kysely
          .updateTable('person')
          .set({ archived_at: instant(1) })
          .where('id', '=', id)
          .execute();
      }
    });
  }

  test('the agenda read from the lean queries is the one computed from every row', async () => {
    await seedNetwork();
    const everything = await readEverything(ctx);
    for (const [asOf, timeZone] of [
      ['2026-03-02', 'Europe/Berlin'],
      ['2026-01-20', 'America/New_York'],
      ['2026-04-15', 'Asia/Tokyo'],
      ['2026-06-01', 'Europe/Berlin'],
    ] as const) {
      const lean = await computeAgenda(ctx, { asOf, timeZone, lookAheadDays: 14 });
      const full = computeActions({
        asOf: startOfLocalDay(asOf, timeZone),
        timeZone,
        playbook: lean.playbooks.active,
        playbooks: lean.playbooks.all,
        ...everything,
        decisions: [],
        horizon: addDays(asOf, 14),
      });
      expect(full.length).toBeGreaterThan(5);
      expect(lean.actions).toEqual(full);
    }
  });

  test('a page of the agenda lists and counts exactly what the whole agenda would', async () => {
    await seedNetwork();
    const whole = (asOf: string, timeZone: string) =>
      computeAgenda(ctx, { asOf, timeZone, lookAheadDays: 14 }).then((agenda) => agenda.actions);
    // Decisions about reminders: dismissed, done, snoozed within the look-ahead and past it.
    const reminders = (await whole('2026-06-01', 'Europe/Berlin')).filter(
      (action) => action.kind === 'keep_in_touch',
    );
    expect(reminders.length).toBeGreaterThan(6);
    await decideAction(ctx, { actionId: reminders[0]!.id, decision: 'dismissed' });
    await decideAction(ctx, { actionId: reminders[1]!.id, decision: 'done' });
    await decideAction(ctx, {
      actionId: reminders[2]!.id,
      decision: 'snoozed',
      until: '2026-03-10',
    });
    await decideAction(ctx, {
      actionId: reminders[3]!.id,
      decision: 'snoozed',
      until: '2026-05-01',
    });
    for (const [asOf, timeZone] of [
      ['2026-03-02', 'Europe/Berlin'],
      ['2026-03-07', 'America/New_York'],
      ['2026-04-15', 'Asia/Tokyo'],
      ['2026-06-01', 'Europe/Berlin'],
    ] as const) {
      const all = await whole(asOf, timeZone);
      for (const limit of [1, 2, 5, 25]) {
        const page = await getTodayWithPeople(ctx, { asOf, timeZone, limit: String(limit) });
        const expected = firstOfEachStatus(all, limit);
        expect([asOf, limit, page.actions.map((a) => `${a.id} ${a.due}`)]).toEqual([
          asOf,
          limit,
          expected.map((a) => `${a.id} ${a.due}`),
        ]);
        expect(page.counts).toEqual(countByStatus(all));
      }
    }
  });

  test('a page holds when the user has decided about tens of thousands of reminders', async () => {
    await seedNetwork();
    const all = async () =>
      (
        await computeAgenda(ctx, {
          asOf: '2026-06-01',
          timeZone: 'Europe/Berlin',
          lookAheadDays: 14,
        })
      ).actions;
    const reminder = (await all()).find((action) => action.kind === 'keep_in_touch')!;
    await decideAction(ctx, { actionId: reminder.id, decision: 'dismissed' });
    // Years of choices, most about people since deleted: more ids than one statement may bind.
    const decided = Array.from({ length: 40_000 }, (_, i) => ({
      owner_id: ctx.userId,
      action_id: `keep_in_touch:${10_000_000 + i}:2025-01-06`,
      decision: 'done',
      until: null,
      decided_at: '2026-01-01T00:00:00.000Z',
    }));
    for (const batch of chunks(decided, 1_000)) {
      await ctx.db.kysely.insertInto('action_decision').values(batch).execute();
    }
    const page = await getTodayWithPeople(ctx, {
      asOf: '2026-06-01',
      timeZone: 'Europe/Berlin',
      limit: '5',
    });
    const expected = await all();
    expect(page.actions.map((a) => a.id)).toEqual(firstOfEachStatus(expected, 5).map((a) => a.id));
    expect(page.actions.map((a) => a.id)).not.toContain(reminder.id);
    expect(page.counts).toEqual(countByStatus(expected));
  });

  test('a group for every other playbook, with none known, takes every conversation', async () => {
    await seedNetwork();
    const tx: Executor = { kysely: ctx.db.kysely, dialect: ctx.db.dialect };
    const everyone = await keepInTouchCandidates(tx, ctx.userId, undefined);
    const playbooks = new Set(everyone.map(([, , , , , , , playbook]) => playbook));
    expect(playbooks.size).toBeGreaterThan(1);
    const page = await keepInTouchPage(tx, ctx.userId, {
      groups: [
        {
          playbookIds: [],
          others: true,
          known: [],
          bounds: [
            '2000-01-01T00:00:00.000Z',
            '2100-01-01T00:00:00.000Z',
            '2200-01-01T00:00:00.000Z',
          ],
          dueNoLaterThan: () => '2200-01-01T00:00:00.000Z',
        },
      ],
      limit: 10_000,
      decided: [],
    });
    expect(page.rows.map(([id]) => id).sort()).toEqual(everyone.map(([id]) => id).sort());
  });

  describe('a page reads the reminders due on the day of its last one', () => {
    const OVERDUE_THROUGH_2100 = [
      '2100-01-01T00:00:00.000Z',
      '2100-01-02T00:00:00.000Z',
      '2100-01-03T00:00:00.000Z',
    ] as [string, string, string];
    let statements = 0;
    const counted: KyselyPlugin = {
      transformQuery: ({ node }) => node,
      transformResult: ({ result }) => {
        statements += 1;
        return Promise.resolve(result);
      },
    };
    const pageOf = (limit: number, dueNoLaterThan: (lastTouchAt: string) => string) =>
      keepInTouchPage(
        { kysely: ctx.db.kysely.withPlugin(counted), dialect: ctx.db.dialect },
        ctx.userId,
        {
          groups: [
            {
              playbookIds: [],
              others: true,
              known: [],
              bounds: OVERDUE_THROUGH_2100,
              dueNoLaterThan,
            },
          ],
          limit,
          decided: [],
        },
      );
    const byLastTouch = () =>
      ctx.db.kysely
        .selectFrom('person')
        .select(['id', 'last_touch_at'])
        .where('owner_id', '=', ctx.userId)
        .where('last_conversation_id', 'is not', null)
        .where('archived_at', 'is', null)
        .orderBy('last_touch_at')
        .orderBy('id')
        .execute();

    test('and no one due later, though it read ahead', async () => {
      await seedNetwork();
      const people = await byLastTouch();
      expect(people.length).toBeGreaterThan(6);
      // Each last touch its own due day: the page is the first two and whoever shares the second's.
      statements = 0;
      const page = await pageOf(2, (at) => new Date(Date.parse(at) + 1).toISOString());
      // What it read ahead held the ties: no second statement.
      expect(statements).toBe(1);
      const second = people[1]!.last_touch_at!;
      const expected = people.filter((person) => person.last_touch_at! <= second);
      expect(page.rows.map(([id]) => id).sort()).toEqual(expected.map(({ id }) => id).sort());
      expect(page.counted).toEqual({ overdue: people.length, today: 0, upcoming: 0 });
    });

    test('however many share that day, more than it read ahead', async () => {
      await seedNetwork();
      const people = await byLastTouch();
      statements = 0;
      const page = await pageOf(1, () => OVERDUE_THROUGH_2100[0]);
      expect(statements).toBe(2);
      expect(page.rows.map(([id]) => id).sort()).toEqual(people.map(({ id }) => id).sort());
    });
  });
});

/** Every interview, person, interaction and organization of the user, as the engine takes them. */
async function readEverything(ctx: ServiceContext) {
  const db = ctx.db.kysely;
  const interviews = await db
    .selectFrom('interview as i')
    .innerJoin('person as p', 'p.id', 'i.person_id')
    .select([
      'i.id',
      'i.person_id',
      'i.introduced_by_id',
      'i.stage',
      'i.playbook_id',
      'p.organization_id',
    ])
    .select(STEP_INSTANT_COLUMNS.map((column) => `i.${column}` as const))
    .where('i.owner_id', '=', ctx.userId)
    .execute();
  const people = await db
    .selectFrom('person')
    .select(['id', 'name', 'organization_id', 'relationship', 'archived_at'])
    .where('owner_id', '=', ctx.userId)
    .execute();
  const interactions = await db
    .selectFrom('interaction')
    .select(['person_id', 'kind', 'at'])
    .where('owner_id', '=', ctx.userId)
    .where('kind', '!=', 'stage_change')
    .execute();
  const organizations = await db
    .selectFrom('organization')
    .select(['id', 'name'])
    .where('owner_id', '=', ctx.userId)
    .execute();
  const text = (id: number | null) => (id === null ? null : String(id));
  return {
    interviews: interviews.map(cadenceInterviewOf),
    people: people.map((row) => ({
      id: String(row.id),
      name: row.name,
      organizationId: text(row.organization_id),
      relationship: row.relationship as Relationship | null,
      archived: row.archived_at !== null,
    })),
    interactions: interactions.map((row): CadenceInteraction => ({
      personId: String(row.person_id),
      kind: row.kind as InteractionKind,
      at: row.at,
    })),
    organizations: organizations.map((row) => ({ id: String(row.id), name: row.name })),
  };
}
