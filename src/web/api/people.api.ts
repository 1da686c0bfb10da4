import type { Page, Person, PersonDetail, PersonSort, Relationship } from '#core/person';
import { apiPath, apiRequest } from './client';

export type PeopleFilters = {
  q?: string;
  sort?: PersonSort;
  relationship?: Relationship;
  organizationId?: number;
  tag?: string;
  archived?: 'true' | 'false' | 'all';
};

/** What the web app sends when it creates a person; the server validates it again. */
export type PersonBody = {
  name: string;
  organization?: string | null;
  title?: string | null;
  location?: string | null;
  emails?: string[];
  phones?: string[];
  linkedinUrl?: string | null;
  relationship?: Relationship | null;
  introducedById?: number | null;
  howMet?: string | null;
  notes?: string | null;
  tags?: string[];
};

export type PersonChanges = Partial<PersonBody>;

export const peopleApi = {
  list: (filters: PeopleFilters, cursor: string | null, limit = 50, signal?: AbortSignal) =>
    apiRequest<Page<Person>>(apiPath('/api/people', { ...filters, cursor, limit }), { signal }),
  get: (id: number, signal?: AbortSignal) =>
    apiRequest<PersonDetail>(`/api/people/${id}`, { signal }),
  create: (body: PersonBody) => apiRequest<Person>('/api/people', { method: 'POST', body }),
  update: (id: number, version: number, changes: PersonChanges) =>
    apiRequest<Person>(`/api/people/${id}`, { method: 'PATCH', body: { ...changes, version } }),
  remove: (id: number) => apiRequest<void>(`/api/people/${id}`, { method: 'DELETE' }),
  archive: (id: number) => apiRequest<Person>(`/api/people/${id}/archive`, { method: 'POST' }),
  restore: (id: number) => apiRequest<Person>(`/api/people/${id}/restore`, { method: 'POST' }),
};
