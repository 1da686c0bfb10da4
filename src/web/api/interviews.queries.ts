import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { ExplorationInput } from '#core/interview-input';
import { isApiError } from './client';
import { explorationsApi } from './explorations.api';
import {
  interviewsApi,
  type InteractionBody,
  type InterviewFilters,
  type ReplySentiment,
} from './interviews.api';
import { explorationKeys, interviewKeys, todayKeys } from './query-keys';
import type { InterviewStage } from '#core/interview';

export function useInterviews(filters: InterviewFilters) {
  return useQuery({
    queryKey: interviewKeys.list(filters),
    queryFn: ({ signal }) => interviewsApi.list(filters, signal),
    // Changing a filter keeps the old cards on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

/** How far the search has come: counted by the server, not by loading every interview. */
export function useInterviewSummary() {
  return useQuery({
    queryKey: interviewKeys.summary(),
    queryFn: ({ signal }) => interviewsApi.summary(signal),
  });
}

export function useInterview(id: number) {
  return useQuery({
    queryKey: interviewKeys.detail(id),
    queryFn: ({ signal }) => interviewsApi.get(id, signal),
    enabled: Number.isInteger(id) && id > 0,
    retry: (count, error) => !(isApiError(error) && error.status === 404) && count < 2,
  });
}

export function usePersonTimeline(personId: number) {
  return useQuery({
    queryKey: interviewKeys.timeline(personId),
    queryFn: ({ signal }) => interviewsApi.timeline(personId, signal),
    enabled: Number.isInteger(personId) && personId > 0,
  });
}

/** Stages, replies and interactions change lists, details, timelines, counts and Today together. */
export function refreshInterviews(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: interviewKeys.all }),
    queryClient.invalidateQueries({ queryKey: explorationKeys.all }),
    queryClient.invalidateQueries({ queryKey: todayKeys.all }),
  ]);
}

function useInterviewMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => refreshInterviews(queryClient) });
}

export const useCreateInterview = () => useInterviewMutation(interviewsApi.create);

export const useChangeStage = (id: number) =>
  useInterviewMutation((body: { version: number; stage: InterviewStage; scheduledFor?: string }) =>
    interviewsApi.changeStage(id, body),
  );

export const useChangeIntroducer = (id: number) =>
  useInterviewMutation((body: { version: number; introducedById: number | null }) =>
    interviewsApi.changeIntroducer(id, body),
  );

export const useLogReply = (id: number) =>
  useInterviewMutation((body: { receivedAt: string; sentiment: ReplySentiment }) =>
    interviewsApi.logReply(id, body),
  );

export const useLogInteraction = () =>
  useInterviewMutation((body: InteractionBody) => interviewsApi.logInteraction(body));

export function useExplorations() {
  return useQuery({
    queryKey: explorationKeys.all,
    queryFn: ({ signal }) => explorationsApi.list(signal),
  });
}

export const useCreateExploration = () => useInterviewMutation(explorationsApi.create);

export const useUpdateExploration = () =>
  useInterviewMutation(
    ({
      id,
      version,
      changes,
    }: {
      id: number;
      version: number;
      changes: Partial<ExplorationInput>;
    }) => explorationsApi.update(id, version, changes),
  );
