import { apiPath, apiRequest } from './client';

/** How big the network is; counted by the server so Today never pages through everyone. */
export type NetworkSummary = { people: number; archivedPeople: number; organizations: number };

/** A tag in use and how many people carry it, spelled the way the user first wrote it. */
export type TagCount = { tag: string; count: number };

export const networkApi = {
  summary: (signal?: AbortSignal) => apiRequest<NetworkSummary>('/api/summary', { signal }),
  tags: (limit: number, signal?: AbortSignal) =>
    apiRequest<{ items: TagCount[] }>(apiPath('/api/tags', { limit }), { signal }),
};
