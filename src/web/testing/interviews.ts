import type { Exploration } from '#core/interview-input';
import type { AgendaItem, InterviewListItem } from '#core/interview-view';

/** An interview as GET /api/interviews lists it, with overrides for what a test cares about. */
export function anInterview(overrides: Partial<InterviewListItem> = {}): InterviewListItem {
  return {
    id: 1,
    version: 1,
    personId: 7,
    introducedById: null,
    stage: 'idea',
    playbookId: 'two-hour-job-search',
    explorationIds: [],
    requestSentAt: null,
    followUpSentAt: null,
    agreedAt: null,
    scheduledFor: null,
    heldAt: null,
    thankYouSentAt: null,
    introducerThankedAt: null,
    questionsSentAt: null,
    lastReplyAt: null,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    person: { id: 7, name: 'Ana Silva', organizationId: 1, organization: 'Acme Health' },
    introducer: null,
    ...overrides,
  };
}

export function anExploration(overrides: Partial<Exploration> = {}): Exploration {
  return {
    id: 3,
    version: 1,
    title: 'UX research',
    kind: 'role',
    keyQuestions: [],
    status: 'exploring',
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function anAction(overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: 'follow_up:1:2026-03-02:7',
    kind: 'follow_up',
    due: '2026-03-11',
    interviewId: 1,
    personId: 7,
    reason: 'No reply from Ana Silva in 7 business days: send one short, friendly follow-up.',
    status: 'today',
    dueInstant: '2026-03-11T00:00:00.000Z',
    person: { id: 7, name: 'Ana Silva', organizationId: 1, organization: 'Acme Health' },
    ...overrides,
  };
}
