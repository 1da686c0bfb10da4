import type { AgendaWithPeople } from '#core/interview-view';
import { apiPath, apiRequest } from './client';

export type DecisionBody =
  | { actionId: string; decision: 'done' | 'dismissed' }
  | { actionId: string; decision: 'snoozed'; until: string };

export const todayApi = {
  /**
   * The server counts days in the time zone of the user's settings; with `limit`, it lists only
   * the first actions of each status and counts the rest.
   */
  agenda: (asOf: string | undefined, limit: number | undefined, signal?: AbortSignal) =>
    apiRequest<AgendaWithPeople>(apiPath('/api/today', { asOf, limit }), { signal }),
  decide: (body: DecisionBody) =>
    apiRequest<DecisionBody>('/api/today/decisions', { method: 'POST', body }),
};
