import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fixedClock } from '#core/clock';
import { isAppError } from '#core/errors';
import { addOtherUser, dropTestSchemas, openTestContext, testDatabases } from '#testing/databases';
import type { ServiceContext } from './context';
import { createExploration, listExplorations } from './exploration.service';
import { changeStage, createInterview, getInterview, listInterviews } from './interview.service';
import { logInteraction, recordMessage, recordReply } from './message.service';
import { mergePeople } from './duplicate.service';
import { createPerson } from './person.service';
import { decideAction, getToday } from './today.service';

afterAll(dropTestSchemas);

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e,
  );
const codeOf = async (promise: Promise<unknown>) => {
  const error = await failure(promise);
  return isAppError(error) ? error.code : error;
};

describe.each(testDatabases)('interviews, replies and Today on $name', (database) => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    // Monday 2 March 2026, 09:00 UTC.
    ctx = await openTestContext(database, fixedClock('2026-03-02T09:00:00.000Z'));
  });
  afterEach(async () => {
    await ctx.db.close();
  });

  async function introducedContact() {
    const maria = await createPerson(ctx, { name: 'Maria Lopez', relationship: 'friend' });
    const ana = await createPerson(ctx, {
      name: 'Ana Silva',
      organization: 'Acme Health',
      introducedById: maria.id,
    });
    const bo = await createPerson(ctx, { name: 'Bo Chen', organization: 'Acme Health' });
    return { maria, ana, bo };
  }

  test('starts an interview linked to explorations, copying the introducer, and filters the list', async () => {
    const { maria, ana, bo } = await introducedContact();
    const ux = await createExploration(ctx, {
      title: 'UX research',
      kind: 'role',
      keyQuestions: ['What does a week look like?'],
    });
    expect(ux).toMatchObject({
      status: 'exploring',
      keyQuestions: ['What does a week look like?'],
    });
    expect((await listExplorations(ctx)).items.map((e) => e.title)).toEqual(['UX research']);
    const withAna = await createInterview(ctx, { personId: ana.id, explorationIds: [ux.id] });
    expect(withAna).toMatchObject({
      stage: 'idea',
      introducedById: maria.id,
      explorationIds: [ux.id],
      playbookId: 'two-hour-job-search',
      version: 1,
    });
    const withMaria = await createInterview(ctx, { personId: maria.id, stage: 'asked' });
    const ids = async (query: object) => (await listInterviews(ctx, query)).items.map((i) => i.id);
    expect(await ids({ explorationId: ux.id })).toEqual([withAna.id]);
    expect(await ids({ stage: 'asked' })).toEqual([withMaria.id]);
    expect(await ids({ organizationId: bo.organizationId })).toEqual([withAna.id]);
    expect(await codeOf(createInterview(ctx, { personId: 9999 }))).toBe('not_found');
    expect(await codeOf(createInterview(ctx, { personId: ana.id, explorationIds: [77] }))).toBe(
      'invalid_input',
    );
    expect(await codeOf(createInterview(ctx, { personId: ana.id, stage: 'later' }))).toBe(
      'invalid_input',
    );
  });

  test('a sent request moves idea to asked and both are on the timeline', async () => {
    const { ana } = await introducedContact();
    const interview = await createInterview(ctx, { personId: ana.id });
    const message = await recordMessage(ctx, interview.id, {
      kind: 'request',
      channel: 'email',
      subject: '15 minutes about UX research?',
      body: 'Maria Lopez suggested I reach out…',
    });
    expect(message).toMatchObject({ status: 'sent', sentAt: '2026-03-02T09:00:00.000Z' });
    const detail = await getInterview(ctx, interview.id);
    expect(detail).toMatchObject({
      stage: 'asked',
      requestSentAt: '2026-03-02T09:00:00.000Z',
      person: { name: 'Ana Silva' },
    });
    expect(detail.messages).toHaveLength(1);
    expect(detail.interactions.map((i) => i.kind).sort()).toEqual(['message_sent', 'stage_change']);
  });

  test('refuses a move the method does not allow and a stale version', async () => {
    const { ana } = await introducedContact();
    const interview = await createInterview(ctx, { personId: ana.id });
    expect(await codeOf(changeStage(ctx, interview.id, { version: 1, stage: 'held' }))).toBe(
      'invalid_transition',
    );
    const asked = await changeStage(ctx, interview.id, { version: 1, stage: 'asked' });
    expect(asked).toMatchObject({ stage: 'asked', version: 2 });
    expect(await codeOf(changeStage(ctx, interview.id, { version: 1, stage: 'agreed' }))).toBe(
      'conflict',
    );
    const held = await changeStage(ctx, interview.id, { version: 2, stage: 'agreed' }).then((i) =>
      changeStage(ctx, i.id, { version: i.version, stage: 'held' }),
    );
    expect(held).toMatchObject({ stage: 'held', heldAt: '2026-03-02T09:00:00.000Z' });
    expect(await codeOf(changeStage(ctx, 4242, { version: 1, stage: 'asked' }))).toBe('not_found');
  });

  test('stores a meeting time given with an offset in UTC, like every other instant', async () => {
    const { ana } = await introducedContact();
    const interview = await createInterview(ctx, { personId: ana.id, stage: 'agreed' });
    const scheduled = await changeStage(ctx, interview.id, {
      version: interview.version,
      stage: 'scheduled',
      scheduledFor: '2026-03-05T16:00:00+01:00',
    });
    expect(scheduled.scheduledFor).toBe('2026-03-05T15:00:00.000Z');
  });

  test('suggests a second person after 3 business days and a follow-up after 7, until a reply', async () => {
    const { ana, bo } = await introducedContact();
    const interview = await createInterview(ctx, { personId: ana.id });
    await recordMessage(ctx, interview.id, {
      kind: 'request',
      channel: 'email',
      body: 'Hello',
      sentAt: '2026-03-02T08:00:00Z',
    });
    const wednesday = await getToday(ctx, { asOf: '2026-03-04' });
    expect(wednesday.actions.map((a) => [a.kind, a.status])).toEqual([
      ['ask_second_person', 'upcoming'],
      ['follow_up', 'upcoming'],
      ['mark_no_reply', 'upcoming'],
    ]);
    const thursday = await getToday(ctx, { asOf: '2026-03-05', timeZone: 'America/New_York' });
    expect(thursday.actions.map((a) => [a.kind, a.due, a.status])).toEqual([
      ['ask_second_person', '2026-03-05', 'today'],
      ['follow_up', '2026-03-11', 'upcoming'],
      ['mark_no_reply', '2026-03-18', 'upcoming'],
    ]);
    expect(thursday.actions[0]).toMatchObject({
      interviewId: interview.id,
      personId: ana.id,
      suggestedPersonId: bo.id,
      reason: expect.stringContaining('Ana Silva') as unknown,
    });

    const agreed = await recordReply(ctx, interview.id, {
      receivedAt: '2026-03-06T15:00:00Z',
      sentiment: 'positive',
    });
    expect(agreed).toMatchObject({ stage: 'agreed', lastReplyAt: '2026-03-06T15:00:00.000Z' });
    const after = await getToday(ctx, { asOf: '2026-03-12' });
    expect(after.actions.map((a) => a.kind)).toEqual(['send_questions']);
  });

  test('a "later" reply keeps the stage and a "no" declines', async () => {
    const { ana, maria } = await introducedContact();
    const first = await createInterview(ctx, { personId: ana.id, stage: 'asked' });
    expect(
      await recordReply(ctx, first.id, { receivedAt: '2026-03-03T10:00:00Z', sentiment: 'later' }),
    ).toMatchObject({ stage: 'asked' });
    const second = await createInterview(ctx, { personId: maria.id, stage: 'asked' });
    expect(
      await recordReply(ctx, second.id, {
        receivedAt: '2026-03-03T10:00:00Z',
        sentiment: 'negative',
      }),
    ).toMatchObject({ stage: 'declined' });
  });

  test('marking mark_no_reply done moves the interview to no_reply; snoozes and dismissals stick', async () => {
    const { ana } = await introducedContact();
    const interview = await createInterview(ctx, { personId: ana.id });
    await recordMessage(ctx, interview.id, { kind: 'request', channel: 'email', body: 'Hi' });
    const late = await getToday(ctx, { asOf: '2026-03-20' });
    expect(late.actions.map((a) => [a.kind, a.status])).toEqual([
      ['ask_second_person', 'overdue'],
      ['follow_up', 'overdue'],
      ['mark_no_reply', 'overdue'],
    ]);
    const [second, followUp, noReply] = late.actions;
    await decideAction(ctx, { actionId: second!.id, decision: 'dismissed' });
    await decideAction(ctx, { actionId: followUp!.id, decision: 'snoozed', until: '2026-03-25' });
    expect((await getToday(ctx, { asOf: '2026-03-20' })).actions).toEqual([
      expect.objectContaining({ kind: 'mark_no_reply', status: 'overdue' }),
      expect.objectContaining({ kind: 'follow_up', due: '2026-03-25', snoozedFrom: '2026-03-11' }),
    ]);
    await decideAction(ctx, { actionId: noReply!.id, decision: 'done' });
    expect((await getInterview(ctx, interview.id)).stage).toBe('no_reply');
    expect(await codeOf(decideAction(ctx, { actionId: followUp!.id, decision: 'snoozed' }))).toBe(
      'invalid_input',
    );
    expect(await codeOf(decideAction(ctx, { actionId: 'nonsense', decision: 'done' }))).toBe(
      'invalid_input',
    );
  });

  test('thanks after the conversation, and logging any interaction resets keep-in-touch', async () => {
    const { ana, maria } = await introducedContact();
    const interview = await createInterview(ctx, { personId: ana.id, stage: 'asked' });
    await changeStage(ctx, interview.id, { version: 1, stage: 'agreed' });
    await changeStage(ctx, interview.id, { version: 2, stage: 'held' });
    const today = await getToday(ctx, {});
    expect(today.actions.map((a) => [a.kind, a.personId, a.due])).toEqual([
      ['thank_you', ana.id, '2026-03-03'],
      ['thank_introducer', maria.id, '2026-03-03'],
    ]);
    await recordMessage(ctx, interview.id, { kind: 'thank_you', channel: 'email', body: 'Thanks' });
    await recordMessage(ctx, interview.id, {
      kind: 'introducer_thanks',
      channel: 'email',
      body: 'Thank you for introducing me',
    });
    expect((await getToday(ctx, {})).actions).toEqual([]);
    const inEightWeeks = await getToday(ctx, { asOf: '2026-04-27' });
    expect(inEightWeeks.actions.map((a) => a.kind)).toEqual(['keep_in_touch']);
    const call = await logInteraction(ctx, {
      personId: ana.id,
      interviewId: interview.id,
      kind: 'call',
      at: '2026-04-20T12:00:00Z',
    });
    expect(call).toMatchObject({ kind: 'call', interviewId: interview.id });
    expect((await getToday(ctx, { asOf: '2026-04-27' })).actions).toEqual([]);
    expect(
      await codeOf(
        logInteraction(ctx, {
          personId: maria.id,
          interviewId: interview.id,
          kind: 'note',
          at: '2026-04-20T12:00:00Z',
        }),
      ),
    ).toBe('invalid_input');
  });

  test('merging a duplicate keeps its interviews, messages and timeline on the kept person', async () => {
    const { ana } = await introducedContact();
    const duplicate = await createPerson(ctx, { name: 'Ana M. Silva' });
    const interview = await createInterview(ctx, { personId: duplicate.id });
    await recordMessage(ctx, interview.id, { kind: 'request', channel: 'email', body: 'Hi' });
    await mergePeople(ctx, {
      keepId: ana.id,
      keepVersion: ana.version,
      otherId: duplicate.id,
      otherVersion: duplicate.version,
    });
    const kept = await getInterview(ctx, interview.id);
    expect(kept).toMatchObject({ personId: ana.id, stage: 'asked' });
    expect(kept.messages.map((m) => m.personId)).toEqual([ana.id]);
    expect(kept.interactions.map((i) => i.kind).sort()).toEqual(['message_sent', 'stage_change']);
  });

  test('never shows one user the interviews or actions of another', async () => {
    const { ana } = await introducedContact();
    const interview = await createInterview(ctx, { personId: ana.id });
    await recordMessage(ctx, interview.id, { kind: 'request', channel: 'email', body: 'Hi' });
    const other = await addOtherUser(ctx);
    expect((await listInterviews(other, {})).items).toEqual([]);
    expect((await getToday(other, { asOf: '2026-03-20' })).actions).toEqual([]);
    expect(await codeOf(getInterview(other, interview.id))).toBe('not_found');
    expect(await codeOf(createInterview(other, { personId: ana.id }))).toBe('not_found');
  });

  test('rejects an unknown time zone and a malformed day', async () => {
    expect(await codeOf(getToday(ctx, { timeZone: 'Mars/Olympus' }))).toBe('invalid_input');
    expect(await codeOf(getToday(ctx, { asOf: '2026-02-30' }))).toBe('invalid_input');
  });
});
