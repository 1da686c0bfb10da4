import type { Organization } from '#core/organization';
import type { Person, PersonRef } from '#core/person';
import type { Target, TargetKind } from '#core/target';
import { apiPath, apiRequest } from './client';

export type NewTarget = {
  kind: TargetKind;
  organizationId?: number;
  organization?: string;
  label?: string;
  motivation: number;
  posting?: number;
  notes?: string | null;
};

export type TargetChanges = {
  motivation?: number;
  posting?: number;
  label?: string;
  notes?: string | null;
};

export type WhoDoIKnow = {
  organization: Organization | null;
  keyword: string | null;
  people: Person[];
  introducers: { person: Person; knows: PersonRef[] }[];
};

export const targetsApi = {
  list: (signal?: AbortSignal) => apiRequest<{ items: Target[] }>('/api/targets', { signal }),
  create: (body: NewTarget) => apiRequest<Target>('/api/targets', { method: 'POST', body }),
  update: (id: number, version: number, changes: TargetChanges) =>
    apiRequest<Target>(`/api/targets/${id}`, { method: 'PATCH', body: { ...changes, version } }),
  remove: (id: number) => apiRequest<void>(`/api/targets/${id}`, { method: 'DELETE' }),
  who: (query: { organizationId?: number; q?: string }, signal?: AbortSignal) =>
    apiRequest<WhoDoIKnow>(apiPath('/api/who-do-i-know', query), { signal }),
};
