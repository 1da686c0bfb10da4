import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgendaItem } from '#core/interview-view';
import { interviewKeys, todayKeys } from './query-keys';
import { todayApi, type DecisionBody } from './today.api';

export function useAgenda(asOf: string | undefined) {
  return useQuery({
    queryKey: todayKeys.agenda(asOf),
    queryFn: ({ signal }) => todayApi.agenda(asOf, signal),
  });
}

type Agenda = { actions: AgendaItem[] };

/**
 * Stores a decision and takes the action off the list at once (a snooze moves it instead, when
 * its new day is still in view); a failed request puts the list back as it was.
 */
export function useDecide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DecisionBody) => todayApi.decide(body),
    onMutate: async (body) => {
      await queryClient.cancelQueries({ queryKey: todayKeys.all });
      const before = queryClient.getQueriesData<Agenda>({ queryKey: todayKeys.all });
      queryClient.setQueriesData<Agenda>({ queryKey: todayKeys.all }, (agenda) =>
        agenda
          ? { actions: agenda.actions.filter((action) => action.id !== body.actionId) }
          : agenda,
      );
      return { before };
    },
    onError: (_error, _body, context) => {
      for (const [key, data] of context?.before ?? []) queryClient.setQueryData(key, data);
    },
    // Done can move a stage or log a note, and a snooze changes the list's order: read it again.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: todayKeys.all }),
        queryClient.invalidateQueries({ queryKey: interviewKeys.all }),
      ]),
  });
}
