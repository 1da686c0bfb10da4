import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MailSettingsInput } from '#core/mail-settings';
import { refreshInterviews } from './interviews.queries';
import { mailApi, type OutgoingBody, type RecordBody } from './mail.api';
import { mailKeys } from './query-keys';

export function useMailSettings() {
  return useQuery({
    queryKey: mailKeys.settings(),
    queryFn: ({ signal }) => mailApi.settings(signal),
  });
}

export function useSaveMailSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MailSettingsInput) => mailApi.save(body),
    onSuccess: (saved) => queryClient.setQueryData(mailKeys.settings(), saved),
  });
}

export function useRemoveMailSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => mailApi.remove(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailKeys.settings() }),
  });
}

export const useTestMailSettings = () => useMutation({ mutationFn: () => mailApi.test() });

/** Sends by SMTP; the message is recorded on the server, so the interview changes too. */
export function useSendMessage(interviewId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OutgoingBody) => mailApi.send(interviewId, body),
    onSuccess: () => refreshInterviews(queryClient),
  });
}

export function useRecordMessage(interviewId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordBody) => mailApi.record(interviewId, body),
    onSuccess: () => refreshInterviews(queryClient),
  });
}
