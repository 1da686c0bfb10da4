import { describe, expect, test } from 'vitest';
import { CAREER_CENTRE, TWO_HOUR_JOB_SEARCH, type Playbook } from '../playbook';
import { computeActions } from './cadence';
import { cadenceInput, interview, person } from '#testing/cadence-builders';

const SENT = '2026-03-02T10:00:00-05:00';
const slowCopy: Playbook = {
  ...CAREER_CENTRE,
  id: 'slow-and-steady',
  builtIn: false,
  cadence: { ...CAREER_CENTRE.cadence, steps: [{ afterBusinessDays: 10, action: 'follow_up' }] },
  keepInTouchWeeks: 2,
};

function dues(actions: ReturnType<typeof computeActions>, interviewOrPerson: string) {
  return actions
    .filter((a) => a.interviewId === interviewOrPerson || a.personId === interviewOrPerson)
    .map((a) => `${a.kind} ${a.due}`);
}

describe('each interview follows its own playbook', () => {
  const people = [person('ana', 'Ana Silva'), person('ben', 'Ben Ortiz'), person('cy', 'Cy Park')];
  const asked = (id: string, personId: string, playbookId?: string | null) =>
    interview({ id, personId, stage: 'asked', requestSentAt: SENT, playbookId });

  test('two requests sent the same day get follow-ups on their own playbooks’ days', () => {
    const actions = computeActions(
      cadenceInput({
        asOf: SENT,
        people,
        playbooks: [CAREER_CENTRE, slowCopy],
        interviews: [asked('a', 'ana', 'career-centre'), asked('b', 'ben', 'slow-and-steady')],
      }),
    );
    expect(dues(actions, 'a')).toEqual(['follow_up 2026-03-09', 'mark_no_reply 2026-03-16']);
    expect(dues(actions, 'b')).toEqual(['follow_up 2026-03-16', 'mark_no_reply 2026-03-23']);
  });

  test('an interview whose playbook is gone, or names none, follows the active playbook', () => {
    const actions = computeActions(
      cadenceInput({
        asOf: SENT,
        people,
        playbook: CAREER_CENTRE,
        playbooks: [slowCopy],
        interviews: [asked('a', 'ana', 'deleted-copy'), asked('b', 'ben', null)],
      }),
    );
    const careerCentre = ['follow_up 2026-03-09', 'mark_no_reply 2026-03-16'];
    expect(dues(actions, 'a')).toEqual(careerCentre);
    expect(dues(actions, 'b')).toEqual(careerCentre);
  });

  test('keep-in-touch counts the weeks of the playbook of the latest conversation', () => {
    const held = (id: string, heldAt: string, playbookId: string) =>
      interview({ id, personId: 'cy', stage: 'closed', heldAt, playbookId });
    const actions = computeActions(
      cadenceInput({
        asOf: '2026-03-02T12:00:00Z',
        people,
        playbook: TWO_HOUR_JOB_SEARCH,
        playbooks: [slowCopy],
        interviews: [
          held('old', '2026-01-05T15:00:00Z', TWO_HOUR_JOB_SEARCH.id),
          held('new', '2026-02-02T15:00:00Z', 'slow-and-steady'),
        ],
      }),
    );
    // Two weeks after 2 February is Presidents' Day, a US holiday; 3B7's eight weeks would be 30 March.
    expect(dues(actions, 'cy')).toEqual(['keep_in_touch 2026-02-17']);
  });
});
