import { describe, expect, test } from 'vitest';
import { CAREER_CENTRE, TWO_HOUR_JOB_SEARCH, type Playbook } from '../playbook';
import { computeActions } from './cadence';
import { cadenceInput, interview, person } from '#testing/cadence-builders';
import type { CadenceInteraction } from './types';

const germanCopy: Playbook = {
  ...TWO_HOUR_JOB_SEARCH,
  id: 'three-b-seven-de',
  builtIn: false,
  cadence: { ...TWO_HOUR_JOB_SEARCH.cadence, holidaysCountry: 'DE' },
};
const britishCopy: Playbook = {
  ...germanCopy,
  cadence: { ...germanCopy.cadence, holidaysCountry: 'GB' },
};

/** The kinds and due days the cadence gives one request with no reply. */
function nudges(requestSentAt: string, playbook: Playbook, timeZone: string) {
  const ben = person('ben', 'Ben Ortiz');
  const actions = computeActions(
    cadenceInput({
      asOf: requestSentAt,
      timeZone,
      playbook,
      people: [ben],
      interviews: [interview({ id: 'iv', personId: 'ben', stage: 'asked', requestSentAt })],
    }),
  );
  return actions.map((action) => `${action.kind} ${action.due}`);
}

describe('no-reply cadence', () => {
  test.each([
    {
      when: '3B7: a Monday request',
      sent: '2026-03-02T10:00:00-05:00',
      playbook: TWO_HOUR_JOB_SEARCH,
      zone: 'America/New_York',
      expected: [
        'ask_second_person 2026-03-05',
        'follow_up 2026-03-11',
        'mark_no_reply 2026-03-18',
      ],
    },
    {
      when: 'career centre: one follow-up after a week, no second person',
      sent: '2026-03-02T10:00:00-05:00',
      playbook: CAREER_CENTRE,
      zone: 'America/New_York',
      expected: ['follow_up 2026-03-09', 'mark_no_reply 2026-03-16'],
    },
    {
      when: '3B7 over a weekend: a Thursday request',
      sent: '2026-03-05T09:00:00-05:00',
      playbook: TWO_HOUR_JOB_SEARCH,
      zone: 'America/New_York',
      expected: [
        'ask_second_person 2026-03-10',
        'follow_up 2026-03-16',
        'mark_no_reply 2026-03-23',
      ],
    },
    {
      when: 'Thanksgiving is skipped, the Friday after is a working day',
      sent: '2026-11-19T11:00:00-05:00',
      playbook: TWO_HOUR_JOB_SEARCH,
      zone: 'America/New_York',
      expected: [
        'ask_second_person 2026-11-24',
        'follow_up 2026-12-01',
        'mark_no_reply 2026-12-08',
      ],
    },
    {
      when: 'Independence Day observed on Friday 3 July is skipped',
      sent: '2026-07-01T11:00:00-04:00',
      playbook: TWO_HOUR_JOB_SEARCH,
      zone: 'America/New_York',
      expected: [
        'ask_second_person 2026-07-07',
        'follow_up 2026-07-13',
        'mark_no_reply 2026-07-20',
      ],
    },
    {
      when: 'a German playbook skips Good Friday and Easter Monday',
      sent: '2026-04-01T11:00:00+02:00',
      playbook: germanCopy,
      zone: 'Europe/Berlin',
      expected: [
        'ask_second_person 2026-04-08',
        'follow_up 2026-04-14',
        'mark_no_reply 2026-04-21',
      ],
    },
    {
      when: 'a British playbook skips Christmas and the substitute Boxing Day',
      sent: '2026-12-23T11:00:00Z',
      playbook: britishCopy,
      zone: 'Europe/London',
      expected: [
        'ask_second_person 2026-12-30',
        'follow_up 2027-01-06',
        'mark_no_reply 2027-01-13',
      ],
    },
    {
      when: 'a Thursday-evening request in Los Angeles counts from Thursday, not UTC Friday',
      sent: '2026-03-05T21:30:00-08:00',
      playbook: TWO_HOUR_JOB_SEARCH,
      zone: 'America/Los_Angeles',
      expected: [
        'ask_second_person 2026-03-10',
        'follow_up 2026-03-16',
        'mark_no_reply 2026-03-23',
      ],
    },
    {
      when: 'the same instant for a user in UTC counts from Friday',
      sent: '2026-03-05T21:30:00-08:00',
      playbook: TWO_HOUR_JOB_SEARCH,
      zone: 'UTC',
      expected: [
        'ask_second_person 2026-03-11',
        'follow_up 2026-03-17',
        'mark_no_reply 2026-03-24',
      ],
    },
    {
      when: 'a request on a Saturday counts from the Monday after',
      sent: '2026-03-07T10:00:00-05:00',
      playbook: TWO_HOUR_JOB_SEARCH,
      zone: 'America/New_York',
      expected: [
        'ask_second_person 2026-03-11',
        'follow_up 2026-03-17',
        'mark_no_reply 2026-03-24',
      ],
    },
  ])('$when', ({ sent, playbook, zone, expected }) => {
    expect(nudges(sent, playbook, zone)).toEqual(expected);
  });

  test('a due day after the New York clock change starts at midnight EDT', () => {
    const actions = computeActions(
      cadenceInput({
        asOf: '2026-03-07T04:30:00Z',
        interviews: [
          // Friday 23:30 EST, already Saturday in UTC.
          interview({
            id: 'iv',
            personId: 'ben',
            stage: 'asked',
            requestSentAt: '2026-03-07T04:30:00Z',
          }),
        ],
      }),
    );
    expect(actions[0]).toMatchObject({ due: '2026-03-11', dueInstant: '2026-03-11T04:00:00.000Z' });
  });
});

describe('what stops the cadence', () => {
  const sent = '2026-03-02T10:00:00-05:00';
  const asked = interview({ id: 'iv', personId: 'ben', stage: 'asked', requestSentAt: sent });
  const run = (fields: Partial<typeof asked>, interactions: CadenceInteraction[] = []) =>
    computeActions(
      cadenceInput({
        asOf: '2026-03-09T12:00:00Z',
        interviews: [{ ...asked, ...fields }],
        interactions,
      }),
    ).map((action) => action.kind);

  test('a reply between the third and seventh business day stops every later nudge', () => {
    expect(run({ lastReplyAt: '2026-03-06T15:00:00Z' })).toEqual([]);
  });

  test('a message received from the person counts as a reply', () => {
    expect(
      run({}, [{ personId: 'ben', at: '2026-03-04T15:00:00Z', kind: 'message_received' }]),
    ).toEqual([]);
  });

  test('a call with the person counts as a reply', () => {
    expect(run({}, [{ personId: 'ben', at: '2026-03-03T15:00:00Z', kind: 'call' }])).toEqual([]);
  });

  test('the user sending another message does not stop it', () => {
    expect(
      run({}, [{ personId: 'ben', at: '2026-03-05T15:00:00Z', kind: 'message_sent' }]),
    ).toEqual(['ask_second_person', 'follow_up', 'mark_no_reply']);
  });

  test('a reply from an earlier exchange, before this request, does not stop it', () => {
    expect(run({ lastReplyAt: '2026-01-10T15:00:00Z' })).toHaveLength(3);
  });

  test.each(['agreed', 'declined', 'no_reply', 'cancelled', 'idea'] as const)(
    'an interview that moved to %s gets no nudges',
    (stage) => {
      expect(run({ stage })).not.toContain('follow_up');
      expect(run({ stage })).not.toContain('mark_no_reply');
    },
  );

  test('a request never sent gets no nudges', () => {
    expect(run({ requestSentAt: null })).toEqual([]);
  });

  test('asking again later gives new ids, so old decisions do not carry over', () => {
    const first = computeActions(cadenceInput({ interviews: [asked] }));
    const again = computeActions(
      cadenceInput({ interviews: [{ ...asked, requestSentAt: '2026-04-06T10:00:00-04:00' }] }),
    );
    const firstIds = new Set(first.map((action) => action.id));
    expect(again.some((action) => firstIds.has(action.id))).toBe(false);
  });
});

describe('a follow-up the user sent', () => {
  // Monday 2 March, 3B7 in New York: second person on the 5th, follow-up on the 11th, closing on
  // the 18th.
  const sent = '2026-03-02T10:00:00-05:00';
  const asked = interview({ id: 'iv', personId: 'ben', stage: 'asked', requestSentAt: sent });
  const twoFollowUps: Playbook = {
    ...TWO_HOUR_JOB_SEARCH,
    id: 'two-follow-ups',
    builtIn: false,
    cadence: {
      ...TWO_HOUR_JOB_SEARCH.cadence,
      steps: [
        { afterBusinessDays: 3, action: 'follow_up' },
        { afterBusinessDays: 7, action: 'follow_up' },
      ],
    },
  };

  test.each<{ when: string; fields: Partial<typeof asked>; playbook?: Playbook; left: string[] }>([
    {
      when: 'on the day it was due settles the follow-up; the closing step still comes',
      fields: { followUpSentAt: '2026-03-11T15:00:00Z' },
      left: ['ask_second_person 2026-03-05', 'mark_no_reply 2026-03-18'],
    },
    {
      when: 'late, after the closing day, settles it too',
      fields: { followUpSentAt: '2026-03-19T15:00:00Z' },
      left: ['ask_second_person 2026-03-05', 'mark_no_reply 2026-03-18'],
    },
    {
      when: 'early, before it was due, counts as the follow-up',
      fields: { followUpSentAt: '2026-03-04T15:00:00Z' },
      left: ['ask_second_person 2026-03-05', 'mark_no_reply 2026-03-18'],
    },
    {
      when: 'for an earlier request does not settle this one',
      fields: { followUpSentAt: '2026-02-20T15:00:00Z' },
      left: ['ask_second_person 2026-03-05', 'follow_up 2026-03-11', 'mark_no_reply 2026-03-18'],
    },
    {
      when: 'before a request sent again: the new request asks for a new follow-up',
      fields: {
        requestSentAt: '2026-03-12T10:00:00-04:00',
        followUpSentAt: '2026-03-11T15:00:00Z',
      },
      left: ['ask_second_person 2026-03-17', 'follow_up 2026-03-23', 'mark_no_reply 2026-03-30'],
    },
    {
      when: 'answers the first of two follow-up steps, not the second still to come',
      fields: { followUpSentAt: '2026-03-06T15:00:00Z' },
      playbook: twoFollowUps,
      left: ['follow_up 2026-03-11', 'mark_no_reply 2026-03-18'],
    },
    {
      when: 'after the second follow-up step fell due answers both',
      fields: { followUpSentAt: '2026-03-12T15:00:00Z' },
      playbook: twoFollowUps,
      left: ['mark_no_reply 2026-03-18'],
    },
  ])('$when', ({ fields, playbook, left }) => {
    const actions = computeActions(
      cadenceInput({
        asOf: '2026-03-12T12:00:00Z',
        playbook: playbook ?? TWO_HOUR_JOB_SEARCH,
        people: [person('ben', 'Ben Ortiz')],
        interviews: [{ ...asked, ...fields }],
      }),
    );
    expect(actions.map((action) => `${action.kind} ${action.due}`)).toEqual(left);
  });
});
