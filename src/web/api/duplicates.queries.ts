import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { duplicatesApi, type MergeBody } from './duplicates.api';
import { refreshAfterChange } from './people.queries';
import { duplicateKeys } from './query-keys';

/** Pairs that are probably one person; `total` feeds the badge on People. */
export function useDuplicates() {
  return useQuery({
    queryKey: duplicateKeys.all,
    queryFn: ({ signal }) => duplicatesApi.list(signal),
  });
}

export function useMergePeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MergeBody) => duplicatesApi.merge(body),
    onSettled: () => refreshAfterChange(queryClient),
  });
}

export function useUndoMerge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mergeId: number) => duplicatesApi.undo(mergeId),
    onSettled: () => refreshAfterChange(queryClient),
  });
}

export function useDismissDuplicate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personIds: [number, number]) => duplicatesApi.dismiss(personIds),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: duplicateKeys.all }),
  });
}
