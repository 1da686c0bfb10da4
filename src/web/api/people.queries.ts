import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { Person, PersonDetail } from '#core/person';
import { isApiError } from './client';
import { peopleApi, type PeopleFilters, type PersonBody } from './people.api';
import { duplicateKeys, networkKeys, organizationKeys, peopleKeys, targetKeys } from './query-keys';

export const PEOPLE_PAGE_SIZE = 50;

/** A paged people list; `fetchNextPage` follows nextCursor for "Load more". */
export function usePeopleList(filters: PeopleFilters) {
  return useInfiniteQuery({
    queryKey: peopleKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      peopleApi.list(filters, pageParam, PEOPLE_PAGE_SIZE, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // Keep the previous rows on screen while a new search runs, so the list does not flicker.
    placeholderData: keepPreviousData,
  });
}

/** A short ranked search for pickers and the header search box. */
export function usePeopleSearch(q: string, limit = 8, enabled = true) {
  return useQuery({
    queryKey: peopleKeys.search(q, limit),
    queryFn: ({ signal }) =>
      peopleApi.list({ q: q || undefined, sort: q ? undefined : 'updated' }, null, limit, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: number) {
  return useQuery({
    queryKey: peopleKeys.detail(id),
    queryFn: ({ signal }) => peopleApi.get(id, signal),
    enabled: Number.isInteger(id) && id > 0,
    retry: (count, error) => !(isApiError(error) && error.status === 404) && count < 2,
  });
}

/**
 * After any change, lists, searches, details, organization counts, Today's summary, the tags in
 * use, duplicate candidates and targets' advocacy may all be stale. A plain function (not a hook) so a save that finishes after its page has
 * gone still refreshes the cache.
 */
export async function refreshAfterChange(queryClient: QueryClient, person?: Person) {
  if (person) {
    // Show the new fields at once; the refetch then fills introducedBy/introduced.
    queryClient.setQueryData<PersonDetail>(peopleKeys.detail(person.id), (old) =>
      old ? { ...old, ...person } : undefined,
    );
  }
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
    queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
    queryClient.invalidateQueries({ queryKey: networkKeys.all }),
    queryClient.invalidateQueries({ queryKey: duplicateKeys.all }),
    queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  ]);
}

function useRefreshAfterChange() {
  const queryClient = useQueryClient();
  return (person?: Person) => refreshAfterChange(queryClient, person);
}

export function useCreatePerson() {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: (body: PersonBody) => peopleApi.create(body),
    onSuccess: (person) => refresh(person),
  });
}

export function useArchivePerson() {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: ({ id, archived }: { id: number; archived: boolean }) =>
      archived ? peopleApi.archive(id) : peopleApi.restore(id),
    onSuccess: (person) => refresh(person),
  });
}

export function useDeletePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => peopleApi.remove(id),
    onSuccess: (_result, id) => {
      // Everything but the deleted person's own detail: refetching that would only answer 404.
      // Not awaited, so the caller can leave the page before anything re-renders it.
      const isDeleted = (key: readonly unknown[]) => key[1] === 'detail' && key[2] === id;
      void queryClient.invalidateQueries({
        queryKey: peopleKeys.all,
        predicate: (query) => !isDeleted(query.queryKey),
      });
      void queryClient.invalidateQueries({ queryKey: organizationKeys.all });
      void queryClient.invalidateQueries({ queryKey: networkKeys.all });
      void queryClient.invalidateQueries({ queryKey: duplicateKeys.all });
      void queryClient.invalidateQueries({ queryKey: targetKeys.all });
    },
  });
}
