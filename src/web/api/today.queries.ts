import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgendaWithPeople } from '#core/interview-view';
import { interviewKeys, todayKeys } from './query-keys';
import { todayApi, type DecisionBody } from './today.api';

/**
 * The agenda; asking for more of the same day keeps what is shown in view meanwhile, while
 * another day starts afresh (its actions are not the old day's).
 */
export function useAgenda(asOf: string | undefined, limit: number | undefined) {
  const day = todayKeys.agenda(asOf, limit)[2];
  return useQuery({
    queryKey: todayKeys.agenda(asOf, limit),
    queryFn: ({ signal }) => todayApi.agenda(asOf, limit, signal),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === day ? previous : undefined,
  });
}

type Agenda = AgendaWithPeople;

/** The agenda without one action, its group counted one less. */
function without(agenda: Agenda, actionId: string): Agenda {
  const gone = agenda.actions.find((action) => action.id === actionId);
  if (!gone) return agenda;
  return {
    actions: agenda.actions.filter((action) => action !== gone),
    counts: { ...agenda.counts, [gone.status]: Math.max(0, agenda.counts[gone.status] - 1) },
  };
}

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
        agenda ? without(agenda, body.actionId) : agenda,
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
