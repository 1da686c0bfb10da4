import type { AgendaItem } from '#core/interview-view';
import { apiPath, apiRequest } from './client';

export type DecisionBody =
  | { actionId: string; decision: 'done' | 'dismissed' }
  | { actionId: string; decision: 'snoozed'; until: string };

export const todayApi = {
  agenda: (query: { asOf?: string; timeZone: string }, signal?: AbortSignal) =>
    apiRequest<{ actions: AgendaItem[] }>(apiPath('/api/today', query), { signal }),
  decide: (body: DecisionBody) =>
    apiRequest<DecisionBody>('/api/today/decisions', { method: 'POST', body }),
};
