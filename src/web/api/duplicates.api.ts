import type { DuplicateReason, MergeChoices } from '#core/duplicates';
import type { Person } from '#core/person';
import { apiRequest } from './client';

export type DuplicateCandidate = { people: [Person, Person]; reasons: DuplicateReason[] };

export type MergeBody = {
  keepId: number;
  keepVersion: number;
  otherId: number;
  otherVersion: number;
  choose?: MergeChoices;
};

export const duplicatesApi = {
  list: (signal?: AbortSignal) =>
    apiRequest<{ items: DuplicateCandidate[]; total: number }>('/api/duplicates', { signal }),
  dismiss: (personIds: [number, number]) =>
    apiRequest<void>('/api/duplicates/dismiss', { method: 'POST', body: { personIds } }),
  merge: (body: MergeBody) =>
    apiRequest<{ mergeId: number; person: Person }>('/api/merges', { method: 'POST', body }),
  undo: (mergeId: number) =>
    apiRequest<{ kept: Person; restored: Person }>(`/api/merges/${mergeId}/undo`, {
      method: 'POST',
    }),
};
