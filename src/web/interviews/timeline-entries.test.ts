import { describe, expect, test } from 'vitest';
import type { Interaction } from '#core/interview-input';
import { buildTimeline } from './timeline-entries';

const at = '2026-03-04T10:00:00.000Z';
function anInteraction(id: number, overrides: Partial<Interaction>): Interaction {
  return {
    id,
    personId: 7,
    interviewId: 1,
    kind: 'note',
    at,
    summary: null,
    createdAt: `2026-03-04T10:00:0${id}.000Z`,
    ...overrides,
  };
}

describe('buildTimeline', () => {
  test('orders what happened at the same moment by when it was recorded, newest first', () => {
    const entries = buildTimeline(
      [
        anInteraction(9, { kind: 'message_received', summary: 'reply: positive' }),
        anInteraction(2, { kind: 'stage_change', summary: 'asked → agreed' }),
        anInteraction(3, { kind: 'call', at: '2026-03-03T09:00:00.000Z', summary: 'Intro call' }),
      ],
      [],
    );
    expect(entries.map((e) => e.title)).toEqual([
      'They replied: yes, happy to talk',
      'Moved from Asked to Agreed',
      'Call',
    ]);
    expect(entries[2]?.detail).toBe('Intro call');
  });

  test('shows a sent message once, with its text, in place of the interaction it logged', () => {
    const entries = buildTimeline(
      [anInteraction(1, { kind: 'message_sent', summary: 'Thanks!' })],
      [
        {
          id: 4,
          interviewId: 1,
          personId: 7,
          kind: 'thank_you',
          channel: 'linkedin_message',
          subject: null,
          body: 'Thank you for your time.',
          status: 'sent',
          sentAt: at,
          createdAt: at,
        },
      ],
    );
    expect(entries).toEqual([
      expect.objectContaining({
        title: 'Thank-you sent by LinkedIn message',
        body: 'Thank you for your time.',
      }),
    ]);
  });
});
