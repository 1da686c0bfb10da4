import type { AgendaItem } from '#core/interview-view';
import { apiPath, apiRequest } from './client';

export type DecisionBody =
  | { actionId: string; decision: 'done' | 'dismissed' }
  | { actionId: string; decision: 'snoozed'; until: string };

export const todayApi = {
  /** The server counts days in the time zone of the user's settings. */
  agenda: (asOf: string | undefined, signal?: AbortSignal) =>
    apiRequest<{ actions: AgendaItem[] }>(apiPath('/api/today', { asOf }), { signal }),
  decide: (body: DecisionBody) =>
    apiRequest<DecisionBody>('/api/today/decisions', { method: 'POST', body }),
};
