import type { Organization } from '#core/organization';
import type { Page } from '#core/person';
import { apiPath, apiRequest } from './client';

export const organizationsApi = {
  list: (q: string, cursor: string | null, limit = 50, signal?: AbortSignal) =>
    apiRequest<Page<Organization>>(apiPath('/api/organizations', { q, cursor, limit }), { signal }),
  get: (id: number, signal?: AbortSignal) =>
    apiRequest<Organization>(`/api/organizations/${id}`, { signal }),
};
