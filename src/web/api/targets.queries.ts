import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Target } from '#core/target';
import { targetsApi, type NewTarget, type TargetChanges } from './targets.api';
import { targetKeys } from './query-keys';

export function useTargets() {
  return useQuery({
    queryKey: targetKeys.list(),
    queryFn: ({ signal }) => targetsApi.list(signal),
    select: (data) => data.items,
  });
}

export function useWhoDoIKnow(query: { organizationId?: number; q?: string }, enabled = true) {
  return useQuery({
    queryKey: targetKeys.who(query),
    queryFn: ({ signal }) => targetsApi.who(query, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useCreateTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTarget) => targetsApi.create(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  });
}

type Cache = { items: Target[] } | undefined;

/**
 * Inline edits of one target. Edits run one after another (a mutation scope per target), each
 * with the version the previous one returned, so quick clicks on the rating never clash with
 * each other; only a change made elsewhere answers 409.
 */
export function useUpdateTarget(id: number) {
  const queryClient = useQueryClient();
  const current = () =>
    queryClient.getQueryData<Cache>(targetKeys.list())?.items.find((target) => target.id === id);
  const patchCache = (changes: Partial<Target>) =>
    queryClient.setQueryData<Cache>(targetKeys.list(), (old) =>
      old ? { items: old.items.map((t) => (t.id === id ? { ...t, ...changes } : t)) } : old,
    );
  return useMutation({
    scope: { id: `target:${id}` },
    mutationFn: (changes: TargetChanges) => targetsApi.update(id, current()?.version ?? 0, changes),
    // Show the new value at once; the list is re-ranked when the server answers.
    onMutate: (changes) => patchCache(changes),
    onSuccess: (target) => patchCache({ version: target.version }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  });
}

export function useRemoveTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => targetsApi.remove(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  });
}
