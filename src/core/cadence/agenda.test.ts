import { describe, expect, test } from 'vitest';
import { isAppError } from '../errors';
import { computeActions, parseActionId } from './cadence';
import { cadenceInput, interview, person } from '#testing/cadence-builders';
import type { ActionDecision, CadenceInput, CadencePerson } from './types';

// Ben was asked on Monday 2 March (3B7, New York): a second person on the 5th, a follow-up on the
// 11th, no reply on the 18th. Today is Wednesday 11 March.
const asked = interview({
  id: 'iv-ben',
  personId: 'ben',
  organizationId: 'acme',
  stage: 'asked',
  requestSentAt: '2026-03-02T10:00:00-05:00',
});
const ben = person('ben', 'Ben Ortiz', { organizationId: 'acme', relationship: 'linkedin' });
const asOf = '2026-03-11T14:00:00Z';
const ids = {
  second: 'ask_second_person:iv-ben:2026-03-02:3',
  followUp: 'follow_up:iv-ben:2026-03-02:7',
  close: 'mark_no_reply:iv-ben:2026-03-02',
};

function agenda(fields: Partial<CadenceInput> = {}) {
  return computeActions(cadenceInput({ asOf, people: [ben], interviews: [asked], ...fields }));
}

describe('decisions', () => {
  const withDecisions = (decisions: ActionDecision[]) =>
    agenda({ decisions }).map((a) => [a.id, a.due, a.status]);

  test('without decisions, each action has a status relative to today', () => {
    expect(withDecisions([])).toEqual([
      [ids.second, '2026-03-05', 'overdue'],
      [ids.followUp, '2026-03-11', 'today'],
      [ids.close, '2026-03-18', 'upcoming'],
    ]);
  });

  test('done and dismissed hide an action and nothing else', () => {
    expect(
      withDecisions([
        { actionId: ids.second, decision: 'done' },
        { actionId: ids.close, decision: 'dismissed' },
      ]),
    ).toEqual([[ids.followUp, '2026-03-11', 'today']]);
  });

  test('a snooze moves the due day and shows the action as upcoming until then', () => {
    const [action] = agenda({
      decisions: [{ actionId: ids.second, decision: 'snoozed', until: '2026-03-13' }],
    }).filter((a) => a.id === ids.second);
    expect(action).toMatchObject({
      due: '2026-03-13',
      status: 'upcoming',
      snoozedFrom: '2026-03-05',
      dueInstant: '2026-03-13T04:00:00.000Z',
    });
  });

  test('a snooze that has run out brings the action back as overdue', () => {
    const decisions: ActionDecision[] = [
      { actionId: ids.second, decision: 'snoozed', until: '2026-03-09' },
    ];
    expect(withDecisions(decisions)[0]).toEqual([ids.second, '2026-03-09', 'overdue']);
  });

  test('a snooze to a day before the computed one changes nothing', () => {
    const decisions: ActionDecision[] = [
      { actionId: ids.close, decision: 'snoozed', until: '2026-03-03' },
    ];
    expect(withDecisions(decisions)[2]).toEqual([ids.close, '2026-03-18', 'upcoming']);
  });

  test('the latest decision about an action wins', () => {
    const decisions: ActionDecision[] = [
      { actionId: ids.followUp, decision: 'dismissed' },
      { actionId: ids.followUp, decision: 'snoozed', until: '2026-03-20' },
    ];
    expect(withDecisions(decisions).map(([id]) => id)).toEqual([
      ids.second,
      ids.close,
      ids.followUp,
    ]);
  });
});

describe('order and window', () => {
  const cleo = person('cleo', 'Cleo Park');
  const thankCleo = interview({
    id: 'iv-cleo',
    personId: 'cleo',
    stage: 'held',
    heldAt: '2026-03-10T15:00:00Z',
  });
  const alsoAsked = { ...asked, id: 'iv-ann', personId: 'ann' };

  test('overdue oldest first, then today, then upcoming; same day by kind, then id', () => {
    const actions = agenda({ interviews: [alsoAsked, thankCleo, asked], people: [ben, cleo] });
    expect(actions.map((a) => `${a.status} ${a.due} ${a.kind} ${a.interviewId}`)).toEqual([
      'overdue 2026-03-05 ask_second_person iv-ann',
      'overdue 2026-03-05 ask_second_person iv-ben',
      'today 2026-03-11 thank_you iv-cleo',
      'today 2026-03-11 follow_up iv-ann',
      'today 2026-03-11 follow_up iv-ben',
      'upcoming 2026-03-18 mark_no_reply iv-ann',
      'upcoming 2026-03-18 mark_no_reply iv-ben',
      'upcoming 2026-05-05 keep_in_touch iv-cleo',
    ]);
  });

  test('the order does not depend on the order of the input', () => {
    const forwards = agenda({ interviews: [alsoAsked, thankCleo, asked], people: [ben, cleo] });
    const backwards = agenda({ interviews: [asked, thankCleo, alsoAsked], people: [cleo, ben] });
    expect(backwards).toEqual(forwards);
  });

  test('a horizon leaves out what is due after it', () => {
    expect(agenda({ horizon: '2026-03-17' }).map((a) => a.kind)).toEqual([
      'ask_second_person',
      'follow_up',
    ]);
  });

  test('today follows the user’s time zone: 11 March in New York is still 10 March in Honolulu', () => {
    const statuses = agenda({ timeZone: 'Pacific/Honolulu', asOf: '2026-03-11T06:00:00Z' }).map(
      (a) => a.status,
    );
    expect(statuses).toEqual(['overdue', 'upcoming', 'upcoming']);
  });

  test('refuses an unknown time zone and an unreadable asOf with invalid_input', () => {
    for (const fields of [{ timeZone: 'Somewhere/Else' }, { asOf: 'next Tuesday' }]) {
      let caught: unknown;
      try {
        agenda(fields);
      } catch (error) {
        caught = error;
      }
      expect(isAppError(caught) && caught.code).toBe('invalid_input');
    }
  });
});

describe('asking a second person at the same organization', () => {
  const at = (id: string, name: string, fields: Partial<CadencePerson> = {}) =>
    person(id, name, { organizationId: 'acme', ...fields });
  const network = [
    ben,
    at('dan', 'Dan Reyes', { relationship: 'family', archived: true }),
    at('eve', 'Eve Young', { relationship: 'friend' }),
    at('cleo', 'Cleo Park', { relationship: 'coworker' }),
    at('gia', 'Gia Russo', { relationship: 'classmate' }),
    at('finn', 'Finn Berg', { relationship: 'cold' }),
    person('hal', 'Hal Ito', { organizationId: 'globex', relationship: 'family' }),
  ];
  const eveDeclined = interview({
    id: 'iv-eve',
    personId: 'eve',
    organizationId: 'acme',
    stage: 'declined',
  });
  const second = (fields: Partial<CadenceInput>) =>
    agenda({ people: network, organizations: [{ id: 'acme', name: 'Acme' }], ...fields }).find(
      (a) => a.kind === 'ask_second_person',
    );

  test('suggests the warmest, skipping the archived and anyone already asked there', () => {
    const action = second({ interviews: [asked, eveDeclined] });
    expect(action?.suggestedPersonId).toBe('cleo');
    expect(action?.reason).toBe(
      'No reply from Ben Ortiz in 3 business days: ask a second person at Acme — Cleo Park is there.',
    );
  });

  test('the warmest is the friend when nobody has asked them yet', () => {
    expect(second({ interviews: [asked] })?.suggestedPersonId).toBe('eve');
  });

  test('an interview elsewhere does not take someone out of the running', () => {
    const eveAtGlobex = { ...eveDeclined, organizationId: 'globex' };
    expect(second({ interviews: [asked, eveAtGlobex] })?.suggestedPersonId).toBe('eve');
  });

  test('uses the person’s organization when the interview names none', () => {
    const noOrganization = { ...asked, organizationId: null };
    expect(second({ interviews: [noOrganization, eveDeclined] })?.suggestedPersonId).toBe('cleo');
  });

  test('names nobody when everyone there is taken, and says so', () => {
    const action = second({ people: [ben, network[1]!], interviews: [asked] });
    expect(action).not.toHaveProperty('suggestedPersonId');
    expect(action?.reason).toBe(
      'No reply from Ben Ortiz in 3 business days: ask a second person at Acme; nobody else there is in your network yet.',
    );
  });

  test('says when everyone the user knows there is already in a conversation', () => {
    const cleo = network[3]!;
    const cleoAsked = interview({ id: 'iv-cleo', personId: 'cleo', stage: 'held' });
    const action = second({ people: [ben, network[1]!, cleo], interviews: [asked, cleoAsked] });
    expect(action).not.toHaveProperty('suggestedPersonId');
    expect(action?.reason).toBe(
      'No reply from Ben Ortiz in 3 business days: ask a second person at Acme; everyone you know there is already in a conversation with you, so look for someone new.',
    );
  });

  test('of two people alike in warmth and name, the one with the smaller id, as a number', () => {
    const twins = ['10', '9'].map((id) => at(id, 'Sam Lee', { relationship: 'family' }));
    expect(second({ people: [ben, ...twins], interviews: [asked] })?.suggestedPersonId).toBe('9');
  });

  test('a person the store marks as in an interview is never suggested, even unseen', () => {
    const eveElsewhere = network.map((p) => (p.id === 'eve' ? { ...p, inInterview: true } : p));
    expect(second({ people: eveElsewhere, interviews: [asked] })?.suggestedPersonId).toBe('cleo');
  });

  test('a count of people in interviews there stands in for interviews not loaded', () => {
    const action = second({
      people: [ben, network[1]!],
      interviews: [asked],
      organizations: [{ id: 'acme', name: 'Acme', peopleInInterviews: 2 }],
    });
    expect(action?.reason).toContain('everyone you know there is already in a conversation');
  });

  test('the closing action suggests the same next person', () => {
    const close = agenda({ people: network, interviews: [asked, eveDeclined] }).find(
      (a) => a.kind === 'mark_no_reply',
    );
    expect(close?.suggestedPersonId).toBe('cleo');
  });
});

describe('action ids', () => {
  test('name their kind and the interview or person they are about', () => {
    expect(parseActionId('keep_in_touch:42:2026-01-10')).toEqual({
      kind: 'keep_in_touch',
      subjectId: 42,
    });
    expect(parseActionId('mark_no_reply:7:2026-03-02')).toEqual({
      kind: 'mark_no_reply',
      subjectId: 7,
    });
    for (const id of ['dance:1:2026-01-01', 'follow_up', 'follow_up:x:1', '']) {
      expect(parseActionId(id)).toBeUndefined();
    }
  });
});
