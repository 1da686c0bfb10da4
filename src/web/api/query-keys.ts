import type { PeopleFilters } from './people.api';
import type { InterviewFilters } from './interviews.api';

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

export const duplicateKeys = {
  all: ['duplicates'] as const,
};

export const targetKeys = {
  all: ['targets'] as const,
  list: () => [...targetKeys.all, 'list'] as const,
  // Who-do-I-know answers change with people and targets; they live under targets so one
  // invalidation refreshes them.
  who: (query: { organizationId?: number; q?: string }) =>
    [...targetKeys.all, 'who', query] as const,
};

// A stage change, reply or logged interaction changes lists, the detail, the person's timeline and
// Today at once; invalidate interviewKeys.all and todayKeys.all together.
export const interviewKeys = {
  all: ['interviews'] as const,
  list: (filters: InterviewFilters) => [...interviewKeys.all, 'list', filters] as const,
  summary: () => [...interviewKeys.all, 'summary'] as const,
  detail: (id: number) => [...interviewKeys.all, 'detail', id] as const,
  timeline: (personId: number) => [...interviewKeys.all, 'timeline', personId] as const,
};

export const explorationKeys = {
  all: ['explorations'] as const,
};

// Settings and playbooks; a change of time zone or playbook also changes every agenda.
export const settingsKeys = {
  all: ['settings'] as const,
  values: () => [...settingsKeys.all, 'values'] as const,
  playbooks: () => [...settingsKeys.all, 'playbooks'] as const,
};

export const todayKeys = {
  all: ['today'] as const,
  agenda: (asOf: string | undefined, limit: number | undefined) =>
    [...todayKeys.all, 'agenda', asOf ?? 'now', limit ?? 'all'] as const,
};

// The mail server the composer sends through.
export const mailKeys = {
  all: ['mail'] as const,
  settings: () => [...mailKeys.all, 'settings'] as const,
};
