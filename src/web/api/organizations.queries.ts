import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { organizationsApi } from './organizations.api';
import { organizationKeys } from './query-keys';

export function useOrganizationsList(q: string) {
  return useInfiniteQuery({
    queryKey: organizationKeys.list(q),
    queryFn: ({ pageParam, signal }) => organizationsApi.list(q, pageParam, 50, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** A handful of organization names for autocompletes. */
export function useOrganizationSuggestions(q: string, enabled = true) {
  return useQuery({
    queryKey: organizationKeys.suggest(q),
    queryFn: ({ signal }) => organizationsApi.list(q, null, 10, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useOrganization(id: number | undefined) {
  return useQuery({
    queryKey: organizationKeys.detail(id ?? 0),
    queryFn: ({ signal }) => organizationsApi.get(id ?? 0, signal),
    enabled: id !== undefined && id > 0,
  });
}
