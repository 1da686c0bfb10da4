import { describe, expect, test } from 'vitest';
import { CAREER_CENTRE, TWO_HOUR_JOB_SEARCH } from '../playbook';
import { computeActions } from './cadence';
import { cadenceInput, interview, person } from '#testing/cadence-builders';
import type { CadenceInput, CadenceInteraction, CadenceInterview } from './types';

const ana = person('ana', 'Ana Silva');
const maria = person('maria', 'Maria Lopez');

function run(interviews: CadenceInterview[], fields: Partial<CadenceInput> = {}) {
  return computeActions(cadenceInput({ people: [ana, maria], interviews, ...fields }));
}

/** Held interviews also start keep-in-touch weeks ahead; these tests are about the thank-yous. */
function thanks(interviews: CadenceInterview[], fields: Partial<CadenceInput> = {}) {
  return run(interviews, fields).filter((action) => action.kind !== 'keep_in_touch');
}

describe('questions in advance', () => {
  const agreedMonday = '2026-03-02T14:00:00-05:00';
  const friday = '2026-03-06T14:00:00-05:00';
  test.each<[string, 'agreed' | 'scheduled', string, string | null, string]>([
    [
      'not yet scheduled: the business day after the yes',
      'agreed',
      agreedMonday,
      null,
      '2026-03-03',
    ],
    [
      'meeting next week: still the day after the yes',
      'scheduled',
      agreedMonday,
      '2026-03-12T15:00:00-04:00',
      '2026-03-03',
    ],
    [
      'meeting on Wednesday: two business days before it, the Monday',
      'scheduled',
      agreedMonday,
      '2026-03-04T15:00:00-05:00',
      '2026-03-02',
    ],
    [
      'meeting the next day: never before the yes itself',
      'scheduled',
      agreedMonday,
      '2026-03-03T15:00:00-05:00',
      '2026-03-02',
    ],
    ['agreed on a Friday: the Monday after', 'agreed', friday, null, '2026-03-09'],
  ])('%s', (_, stage, agreedAt, scheduledFor, due) => {
    const actions = run([interview({ id: 'iv', personId: 'ana', stage, agreedAt, scheduledFor })], {
      asOf: agreedAt,
    });
    expect(actions.map((a) => [a.kind, a.due])).toEqual([['send_questions', due]]);
  });

  test('nothing once the questions were sent', () => {
    const iv = interview({ id: 'iv', personId: 'ana', stage: 'agreed', agreedAt: agreedMonday });
    expect(run([{ ...iv, questionsSentAt: '2026-03-02T20:00:00Z' }])).toEqual([]);
  });

  test('nothing once the meeting time has passed', () => {
    const iv = interview({
      id: 'iv',
      personId: 'ana',
      stage: 'scheduled',
      agreedAt: agreedMonday,
      scheduledFor: '2026-03-04T15:00:00-05:00',
    });
    expect(run([iv], { asOf: '2026-03-05T12:00:00Z' })).toEqual([]);
  });
});

describe('thank-yous after the conversation', () => {
  const held = (fields: Partial<CadenceInterview> = {}) =>
    interview({
      id: 'iv',
      personId: 'ana',
      stage: 'held',
      heldAt: '2026-03-03T10:00:00-05:00',
      ...fields,
    });

  test('a thank-you is due the day the 24-hour window ends', () => {
    const [action] = thanks([held()], { asOf: '2026-03-03T16:00:00Z' });
    expect(action).toMatchObject({ kind: 'thank_you', due: '2026-03-04', status: 'upcoming' });
    expect(action?.reason).toBe(
      'You talked with Ana Silva: send a thank-you within 24 hours that names something you took away.',
    );
  });

  test('a shorter window in the playbook makes it due the same day', () => {
    const playbook = { ...TWO_HOUR_JOB_SEARCH, thankYouWithinHours: 6 };
    const [action] = thanks([held()], { asOf: '2026-03-03T16:00:00Z', playbook });
    expect(action).toMatchObject({ kind: 'thank_you', due: '2026-03-03', status: 'today' });
  });

  test('24 elapsed hours across the Berlin clock change end on Monday, not Sunday', () => {
    // Saturday 23:30 CET; 24 hours later it is Monday 00:30 CEST.
    const late = held({ heldAt: '2026-03-28T22:30:00Z' });
    const [action] = thanks([late], { timeZone: 'Europe/Berlin', asOf: '2026-03-29T08:00:00Z' });
    expect(action?.due).toBe('2026-03-30');
  });

  test('nothing once the thank-you was sent', () => {
    expect(thanks([held({ thankYouSentAt: '2026-03-03T20:00:00Z' })])).toEqual([]);
  });

  test.each<[string, Partial<CadenceInterview>, string[]]>([
    [
      'a thank-you sent the day before the conversation is not the one after it',
      { thankYouSentAt: '2026-03-02T20:00:00Z' },
      ['thank_you', 'thank_introducer'],
    ],
    [
      'introducer thanks sent before the conversation leave the real ones due',
      { introducerThankedAt: '2026-03-02T20:00:00Z' },
      ['thank_you', 'thank_introducer'],
    ],
    [
      'both sent after the conversation settle both',
      { thankYouSentAt: '2026-03-03T20:00:00Z', introducerThankedAt: '2026-03-03T21:00:00Z' },
      [],
    ],
    [
      'sent at the very instant it was held counts',
      { thankYouSentAt: '2026-03-03T15:00:00.000Z' },
      ['thank_introducer'],
    ],
    [
      'without a held time, the planned meeting time decides',
      {
        heldAt: null,
        scheduledFor: '2026-03-03T15:00:00Z',
        thankYouSentAt: '2026-03-03T14:00:00Z',
      },
      ['thank_you', 'thank_introducer'],
    ],
    [
      'without a held time, a thank-you after the planned meeting settles it',
      {
        heldAt: null,
        scheduledFor: '2026-03-03T15:00:00Z',
        thankYouSentAt: '2026-03-03T16:00:00Z',
      },
      ['thank_introducer'],
    ],
  ])('%s', (_, fields, kinds) => {
    const actions = thanks([held({ introducedById: 'maria', ...fields })], {
      asOf: '2026-03-03T16:00:00Z',
    });
    expect(actions.map((a) => a.kind)).toEqual(kinds);
  });

  test('the introducer is thanked too, on the same day, as the person to write to', () => {
    const actions = thanks([held({ introducedById: 'maria' })], { asOf: '2026-03-03T16:00:00Z' });
    expect(actions.map((a) => [a.kind, a.personId, a.due])).toEqual([
      ['thank_you', 'ana', '2026-03-04'],
      ['thank_introducer', 'maria', '2026-03-04'],
    ]);
    expect(actions[1]?.reason).toBe(
      'Maria Lopez introduced you to Ana Silva: thank them and say how the conversation went.',
    );
  });

  test('not the introducer once thanked', () => {
    const done = held({ introducedById: 'maria', introducerThankedAt: '2026-03-03T20:00:00Z' });
    expect(thanks([done]).map((a) => a.kind)).toEqual(['thank_you']);
  });

  test('a closed interview asks for no more thank-yous', () => {
    expect(run([held({ stage: 'closed', introducedById: 'maria' })]).map((a) => a.kind)).toEqual([
      'keep_in_touch',
    ]);
  });
});

describe('keep in touch', () => {
  const talked = interview({
    id: 'iv',
    personId: 'ana',
    stage: 'closed',
    heldAt: '2026-01-05T15:00:00Z',
  });
  const keepInTouch = (fields: Partial<CadenceInput>, interactions: CadenceInteraction[] = []) =>
    run([talked], { interactions, ...fields }).filter((a) => a.kind === 'keep_in_touch');

  test('falls due the playbook interval after the conversation', () => {
    expect(keepInTouch({}).map((a) => [a.id, a.due])).toEqual([
      ['keep_in_touch:ana:2026-01-05', '2026-03-02'],
    ]);
  });

  test('says when the user was last in touch, which stays true however late it is done', () => {
    const note: CadenceInteraction = { personId: 'ana', at: '2026-01-20T15:00:00Z', kind: 'note' };
    expect(keepInTouch({}, [note])[0]?.reason).toBe(
      'You were last in touch with Ana Silva on 20 January 2026, and you keep in touch every 8 weeks: a short update on what you did with their advice keeps the connection warm.',
    );
    const weekly = { ...TWO_HOUR_JOB_SEARCH, keepInTouchWeeks: 1 };
    expect(keepInTouch({ playbook: weekly })[0]?.reason).toContain(
      'on 5 January 2026, and you keep in touch every week:',
    );
  });

  test('the career-centre playbook waits twelve weeks', () => {
    expect(keepInTouch({ playbook: CAREER_CENTRE })[0]?.due).toBe('2026-03-30');
  });

  test('any later interaction resets it, even a note', () => {
    const note: CadenceInteraction = { personId: 'ana', at: '2026-01-20T15:00:00Z', kind: 'note' };
    expect(keepInTouch({}, [note]).map((a) => [a.id, a.due])).toEqual([
      ['keep_in_touch:ana:2026-01-20', '2026-03-17'],
    ]);
  });

  test('an interval ending on a weekend moves to the Monday', () => {
    const saturday: CadenceInteraction = {
      personId: 'ana',
      at: '2026-01-10T15:00:00Z',
      kind: 'message_sent',
    };
    expect(keepInTouch({}, [saturday])[0]?.due).toBe('2026-03-09');
  });

  test('nobody archived is reminded', () => {
    expect(keepInTouch({ people: [{ ...ana, archived: true }] })).toEqual([]);
  });

  test('people only asked, never talked with, are not reminded', () => {
    const asked = interview({
      id: 'iv',
      personId: 'ana',
      stage: 'declined',
      requestSentAt: '2026-01-05T15:00:00Z',
    });
    const interactions: CadenceInteraction[] = [
      { personId: 'ana', at: '2026-01-06T15:00:00Z', kind: 'message_received' },
    ];
    expect(run([asked], { interactions }).filter((a) => a.kind === 'keep_in_touch')).toEqual([]);
  });
});

describe('keep-in-touch from facts worked out elsewhere', () => {
  const talked = (id: string, heldAt: string, playbookId?: string) =>
    interview({
      id,
      personId: 'ana',
      stage: 'closed',
      heldAt,
      ...(playbookId ? { playbookId } : {}),
    });
  const interviews = [
    talked('1', '2025-10-01T15:00:00Z'),
    talked('2', '2025-11-20T15:00:00Z', 'career-centre'),
    talked('3', '2025-11-20T15:00:00Z'),
  ];
  const interactions: CadenceInteraction[] = [
    { personId: 'ana', kind: 'note', at: '2025-12-01T10:00:00Z' },
    { personId: 'ana', kind: 'call', at: '2025-11-25T10:00:00Z' },
  ];
  const keepInTouch = (fields: Partial<CadenceInput>) =>
    computeActions(
      cadenceInput({
        asOf: '2026-03-02T12:00:00Z',
        people: [ana],
        playbooks: [TWO_HOUR_JOB_SEARCH, CAREER_CENTRE],
        ...fields,
      }),
    ).filter((a) => a.kind === 'keep_in_touch');

  test('the latest conversation and contact give what the interviews and timeline give', () => {
    const fromRows = keepInTouch({ interviews, interactions });
    const fromFacts = keepInTouch({
      conversations: [
        { personId: 'ana', interviewId: '3', at: '2025-11-20T15:00:00Z', playbookId: null },
      ],
      contacts: [
        { personId: 'ana', lastAt: '2025-12-01T10:00:00Z', lastInboundAt: '2025-11-25T10:00:00Z' },
      ],
    });
    expect(fromRows).toHaveLength(1);
    expect(fromFacts).toEqual(fromRows);
  });

  test('of two conversations at the same moment, the later interview sets the interval', () => {
    const [action] = keepInTouch({ interviews: interviews.slice(0, 2) });
    const [tie] = keepInTouch({ interviews });
    // Interview 2 follows the career-centre playbook (12 weeks); interview 3 the default (8).
    expect(action?.reason).toContain('12 weeks');
    expect(tie?.reason).toContain('8 weeks');
  });
});
