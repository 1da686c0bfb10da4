import type { Message } from '#core/interview-input';
import type { MailSettings, MailSettingsInput } from '#core/mail-settings';
import type { Channel, MessageKind } from '#core/outreach/types';
import { apiRequest } from './client';

/** What the composer sends or downloads; `to` replaces the recipient's first address. */
export type OutgoingBody = { kind: MessageKind; subject: string; body: string; to?: string };

export type RecordBody = {
  kind: MessageKind;
  channel: Channel;
  subject?: string;
  body: string;
  sentAt: string;
};

export const mailApi = {
  settings: (signal?: AbortSignal) => apiRequest<MailSettings>('/api/settings/mail', { signal }),
  save: (body: MailSettingsInput) =>
    apiRequest<MailSettings>('/api/settings/mail', { method: 'PUT', body }),
  remove: () => apiRequest<void>('/api/settings/mail', { method: 'DELETE' }),
  test: () =>
    apiRequest<{ sentTo: string; message: string }>('/api/settings/mail/test', { method: 'POST' }),
  send: (interviewId: number, body: OutgoingBody) =>
    apiRequest<Message>(`/api/interviews/${interviewId}/send`, { method: 'POST', body }),
  eml: (interviewId: number, body: OutgoingBody) =>
    apiRequest<Blob>(`/api/interviews/${interviewId}/eml`, {
      method: 'POST',
      body,
      download: true,
    }),
  /** Records a message the user sent outside Wayfinder (mail app, LinkedIn, phone). */
  record: (interviewId: number, body: RecordBody) =>
    apiRequest<Message>(`/api/interviews/${interviewId}/messages`, { method: 'POST', body }),
};
