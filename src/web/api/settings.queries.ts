import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Playbook, PlaybookPatch } from '#core/playbook';
import type { Settings } from '#core/settings';
import { isApiError } from './client';
import { interviewKeys, settingsKeys, todayKeys } from './query-keys';
import { changeInterviewPlaybook, settingsApi, type SettingsChanges } from './settings.api';

export function useSettings() {
  return useQuery({
    queryKey: settingsKeys.values(),
    queryFn: ({ signal }) => settingsApi.get(signal),
  });
}

export function usePlaybooks() {
  return useQuery({
    queryKey: settingsKeys.playbooks(),
    queryFn: ({ signal }) => settingsApi.playbooks(signal),
    select: (data) => data.items,
  });
}

/** The agenda and interviews read the time zone and playbooks, so they refresh with them. */
function refreshDependents(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: todayKeys.all });
  void queryClient.invalidateQueries({ queryKey: interviewKeys.all });
}

/**
 * Settings changes, one at a time (a mutation scope), each answered with the whole settings,
 * which replace the cached ones.
 */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    scope: { id: 'settings' },
    mutationFn: (changes: SettingsChanges) => settingsApi.update(changes),
    onSuccess: (settings, changes) => {
      queryClient.setQueryData<Settings>(settingsKeys.values(), settings);
      if (changes.timeZone !== undefined || changes.playbookId !== undefined) {
        refreshDependents(queryClient);
      }
    },
  });
}

export function useRotateCalendarSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => settingsApi.rotateCalendarSecret(),
    onSuccess: (settings) => queryClient.setQueryData(settingsKeys.values(), settings),
  });
}

export function useCopyPlaybook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ copyOf, name }: { copyOf: string; name?: string }) =>
      settingsApi.copyPlaybook(copyOf, name),
    onSettled: () => queryClient.invalidateQueries({ queryKey: settingsKeys.playbooks() }),
  });
}

/**
 * Edits of one copy, one after another, each written into the cached list when it lands. Each
 * carries the version in the cache when it is sent (the one before it has landed by then), so a
 * change made in another tab is refused instead of overwritten; the list is then read again and
 * what the user typed stays on screen, to be saved over it if they choose.
 */
export function useUpdatePlaybook(id: string) {
  const queryClient = useQueryClient();
  const cachedVersion = () =>
    queryClient
      .getQueryData<{ items: Playbook[] }>(settingsKeys.playbooks())
      ?.items.find((playbook) => playbook.id === id)?.version;
  return useMutation({
    scope: { id: `playbook:${id}` },
    mutationFn: (changes: PlaybookPatch) => {
      const version = cachedVersion();
      return settingsApi.updatePlaybook(
        id,
        version === undefined ? changes : { ...changes, version },
      );
    },
    onSuccess: (saved) => {
      queryClient.setQueryData<{ items: Playbook[] }>(settingsKeys.playbooks(), (old) =>
        old ? { items: old.items.map((p) => (p.id === saved.id ? saved : p)) } : old,
      );
      refreshDependents(queryClient);
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'conflict') {
        void queryClient.invalidateQueries({ queryKey: settingsKeys.playbooks() });
      }
    },
  });
}

export function useRemovePlaybook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => settingsApi.removePlaybook(id),
    onSettled: () => {
      // Deleting the active copy makes the default active again, and moves interviews.
      void queryClient.invalidateQueries({ queryKey: settingsKeys.all });
      refreshDependents(queryClient);
    },
  });
}

/** Switches one interview's playbook; its page and Today refresh with the answer. */
export function useChangeInterviewPlaybook(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: { id: `interview:${id}` },
    mutationFn: ({ version, playbookId }: { version: number; playbookId: string }) =>
      changeInterviewPlaybook(id, version, playbookId),
    onSettled: () => refreshDependents(queryClient),
  });
}
