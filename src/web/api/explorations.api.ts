import type { Exploration, ExplorationInput } from '#core/interview-input';
import type { ExplorationSummary } from '#core/interview-view';
import { apiRequest } from './client';

export const explorationsApi = {
  list: (signal?: AbortSignal) =>
    apiRequest<{ items: ExplorationSummary[] }>('/api/explorations', { signal }),
  create: (body: Partial<ExplorationInput> & Pick<ExplorationInput, 'title' | 'kind'>) =>
    apiRequest<Exploration>('/api/explorations', { method: 'POST', body }),
  update: (id: number, version: number, changes: Partial<ExplorationInput>) =>
    apiRequest<Exploration>(`/api/explorations/${id}`, {
      method: 'PATCH',
      body: { ...changes, version },
    }),
};
