import type { PeopleFilters } from './people.api';

// Keys are nested so that invalidating ['people'] refreshes every list, search and detail at once.
export const peopleKeys = {
  all: ['people'] as const,
  lists: () => [...peopleKeys.all, 'list'] as const,
  list: (filters: PeopleFilters) => [...peopleKeys.lists(), filters] as const,
  search: (q: string, limit: number) => [...peopleKeys.all, 'search', q, limit] as const,
  details: () => [...peopleKeys.all, 'detail'] as const,
  detail: (id: number) => [...peopleKeys.details(), id] as const,
};

export const organizationKeys = {
  all: ['organizations'] as const,
  list: (q: string) => [...organizationKeys.all, 'list', q] as const,
  suggest: (q: string) => [...organizationKeys.all, 'suggest', q] as const,
  detail: (id: number) => [...organizationKeys.all, 'detail', id] as const,
};

// Counts and tags change with any person or organization change; invalidate ['network'] with them.
export const networkKeys = {
  all: ['network'] as const,
  summary: () => [...networkKeys.all, 'summary'] as const,
  tags: (limit: number) => [...networkKeys.all, 'tags', limit] as const,
};
