import { describe, expect, test } from 'vitest';
import type { Interview } from './interview-input';
import { sentStamps, stageStamps } from './interview-stamps';

const asked: Interview = {
  id: 1,
  version: 2,
  personId: 7,
  introducedById: null,
  stage: 'asked',
  playbookId: 'two-hour-job-search',
  explorationIds: [],
  requestSentAt: '2026-03-02T09:00:00.000Z',
  followUpSentAt: null,
  agreedAt: null,
  scheduledFor: null,
  heldAt: null,
  thankYouSentAt: null,
  introducerThankedAt: null,
  questionsSentAt: null,
  lastReplyAt: null,
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
};

describe('the instants an interview records', () => {
  test('entering a stage stamps its step; held also stamps agreed when it was skipped', () => {
    const at = '2026-03-05T10:00:00.000Z';
    expect(stageStamps('asked', at, asked)).toEqual({ requestSentAt: at });
    expect(stageStamps('held', at, asked)).toEqual({ heldAt: at, agreedAt: at });
    expect(stageStamps('agreed', at, { ...asked, stage: 'scheduled' })).toEqual({});
    expect(stageStamps('closed', at, asked)).toEqual({});
  });

  test('a follow-up counts only on a waiting request, sent after it; later stamps win', () => {
    expect(sentStamps('follow_up', '2026-03-09T09:00:00.000Z', asked)).toEqual({
      followUpSentAt: '2026-03-09T09:00:00.000Z',
    });
    expect(sentStamps('follow_up', '2026-03-01T09:00:00.000Z', asked)).toEqual({});
    expect(
      sentStamps('follow_up', '2026-03-09T09:00:00.000Z', { ...asked, stage: 'agreed' }),
    ).toEqual({});
    const thanked = {
      ...asked,
      stage: 'held' as const,
      thankYouSentAt: '2026-03-10T09:00:00.000Z',
    };
    expect(sentStamps('thank_you', '2026-03-09T09:00:00.000Z', thanked)).toEqual({});
    expect(sentStamps('request', '2026-03-09T09:00:00.000Z', asked)).toEqual({});
  });
});
