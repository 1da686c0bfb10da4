import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fixedClock } from '#core/clock';
import { dropTestSchemas, openTestContext, testDatabases } from '#testing/databases';
import type { ServiceContext } from './context';
import { changeStage, createInterview, getInterview } from './interview.service';
import { recordMessage } from './message.service';
import { createPerson } from './person.service';
import { getToday } from './today.service';

afterAll(dropTestSchemas);

describe.each(testDatabases)('what a sent message settles on Today, on $name', (database) => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    // Monday 2 March 2026, 09:00 UTC.
    ctx = await openTestContext(database, fixedClock('2026-03-02T09:00:00.000Z'));
  });
  afterEach(async () => {
    await ctx.db.close();
  });

  const send = (interviewId: number, kind: string, sentAt: string) =>
    recordMessage(ctx, interviewId, { kind, channel: 'email', body: 'Hello', sentAt });
  const kinds = async (asOf: string) =>
    (await getToday(ctx, { asOf, timeZone: 'America/New_York' })).actions.map((a) => a.kind);

  async function askedAna() {
    const ana = await createPerson(ctx, { name: 'Ana Silva' });
    const interview = await createInterview(ctx, { personId: ana.id });
    await send(interview.id, 'request', '2026-03-02T14:00:00Z');
    return interview;
  }

  test('sending the follow-up takes it off Today; the closing step still comes', async () => {
    const interview = await askedAna();
    expect(await kinds('2026-03-12')).toEqual(['ask_second_person', 'follow_up', 'mark_no_reply']);

    await send(interview.id, 'follow_up', '2026-03-12T15:00:00Z');
    expect(await kinds('2026-03-12')).toEqual(['ask_second_person', 'mark_no_reply']);
    expect((await getInterview(ctx, interview.id)).followUpSentAt).toBe('2026-03-12T15:00:00.000Z');
  });

  test('a follow-up logged with a date before the request is not the follow-up to it', async () => {
    const interview = await askedAna();
    await send(interview.id, 'follow_up', '2026-02-20T15:00:00Z');
    expect((await getInterview(ctx, interview.id)).followUpSentAt).toBeNull();
    expect(await kinds('2026-03-12')).toContain('follow_up');
  });

  test('asking again starts a fresh cadence that wants its own follow-up', async () => {
    const interview = await askedAna();
    await send(interview.id, 'follow_up', '2026-03-12T15:00:00Z');
    await send(interview.id, 'request', '2026-03-16T14:00:00Z');
    expect(await kinds('2026-03-26')).toEqual(['ask_second_person', 'follow_up', 'mark_no_reply']);
  });

  test('a follow-up logged late with an earlier date keeps the latest one', async () => {
    const interview = await askedAna();
    await send(interview.id, 'follow_up', '2026-03-12T15:00:00Z');
    await send(interview.id, 'follow_up', '2026-03-03T15:00:00Z');
    expect((await getInterview(ctx, interview.id)).followUpSentAt).toBe('2026-03-12T15:00:00.000Z');
  });

  test.each([
    ['before, then after the conversation', ['2026-03-02T20:00:00Z', '2026-03-04T20:00:00Z'], []],
    [
      'after, then one logged with an earlier date',
      ['2026-03-04T20:00:00Z', '2026-03-02T20:00:00Z'],
      [],
    ],
    ['only before the conversation', ['2026-03-02T20:00:00Z'], ['thank_you', 'thank_introducer']],
  ])('thank-yous sent %s', async (_, times, left) => {
    const maria = await createPerson(ctx, { name: 'Maria Lopez' });
    const ana = await createPerson(ctx, { name: 'Ana Silva', introducedById: maria.id });
    const interview = await createInterview(ctx, { personId: ana.id, stage: 'asked' });
    await changeStage(ctx, interview.id, { version: 1, stage: 'agreed' });
    for (const at of times) {
      await send(interview.id, 'thank_you', at);
      await send(interview.id, 'introducer_thanks', at);
    }
    // Held on Tuesday 3 March.
    ctx.clock = fixedClock('2026-03-03T15:00:00.000Z');
    const { version } = await getInterview(ctx, interview.id);
    await changeStage(ctx, interview.id, { version, stage: 'held' });
    expect(await kinds('2026-03-05')).toEqual(left);
  });
});
