import type { InteractionKind } from '#core/cadence/types';
import type { InterviewStage } from '#core/interview';
import type { Interaction, Interview } from '#core/interview-input';
import type {
  InterviewDetail,
  InterviewListItem,
  InterviewSummary,
  PersonTimeline,
} from '#core/interview-view';
import { apiPath, apiRequest } from './client';

/** GET /api/interviews/:id: the interview with its person, explorations and the person's timeline. */
export type { InterviewDetail } from '#core/interview-view';

export type InterviewFilters = { explorationId?: number; organizationId?: number };

export type ReplySentiment = 'positive' | 'negative' | 'later';

export type InteractionBody = {
  personId: number;
  interviewId?: number;
  kind: InteractionKind;
  at: string;
  summary?: string;
};

export const interviewsApi = {
  list: (filters: InterviewFilters, signal?: AbortSignal) =>
    apiRequest<{ items: InterviewListItem[] }>(apiPath('/api/interviews', filters), { signal }),
  summary: (signal?: AbortSignal) =>
    apiRequest<InterviewSummary>('/api/interviews/summary', { signal }),
  get: (id: number, signal?: AbortSignal) =>
    apiRequest<InterviewDetail>(`/api/interviews/${id}`, { signal }),
  create: (body: { personId: number; explorationIds: number[] }) =>
    apiRequest<Interview>('/api/interviews', { method: 'POST', body }),
  /** Corrects who introduced the user for this interview; 409 when it changed meanwhile. */
  changeIntroducer: (id: number, body: { version: number; introducedById: number | null }) =>
    apiRequest<Interview>(`/api/interviews/${id}`, { method: 'PATCH', body }),
  changeStage: (
    id: number,
    body: { version: number; stage: InterviewStage; scheduledFor?: string },
  ) => apiRequest<Interview>(`/api/interviews/${id}/stage`, { method: 'POST', body }),
  logReply: (id: number, body: { receivedAt: string; sentiment: ReplySentiment }) =>
    apiRequest<Interview>(`/api/interviews/${id}/replies`, { method: 'POST', body }),
  logInteraction: (body: InteractionBody) =>
    apiRequest<Interaction>('/api/interactions', { method: 'POST', body }),
  timeline: (personId: number, signal?: AbortSignal) =>
    apiRequest<PersonTimeline>(`/api/people/${personId}/timeline`, { signal }),
};
