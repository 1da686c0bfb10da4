import type { Interview } from '#core/interview-input';
import type { Playbook, PlaybookPatch } from '#core/playbook';
import type { Profile, Settings } from '#core/settings';
import { apiRequest } from './client';

export type SettingsChanges = {
  profile?: Partial<Profile>;
  timeZone?: string;
  playbookId?: string;
};

export const settingsApi = {
  get: (signal?: AbortSignal) => apiRequest<Settings>('/api/settings', { signal }),
  update: (changes: SettingsChanges) =>
    apiRequest<Settings>('/api/settings', { method: 'PATCH', body: changes }),
  rotateCalendarSecret: () =>
    apiRequest<Settings>('/api/settings/calendar-secret', { method: 'POST' }),
  playbooks: (signal?: AbortSignal) =>
    apiRequest<{ items: Playbook[] }>('/api/playbooks', { signal }),
  copyPlaybook: (copyOf: string, name?: string) =>
    apiRequest<Playbook>('/api/playbooks', {
      method: 'POST',
      body: name ? { copyOf, name } : { copyOf },
    }),
  updatePlaybook: (id: string, changes: PlaybookPatch) =>
    apiRequest<Playbook>(`/api/playbooks/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: changes,
    }),
  removePlaybook: (id: string) =>
    apiRequest<void>(`/api/playbooks/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};

/** Makes one interview follow another playbook; 409 when the interview changed meanwhile. */
export const changeInterviewPlaybook = (id: number, version: number, playbookId: string) =>
  apiRequest<Interview>(`/api/interviews/${id}`, {
    method: 'PATCH',
    body: { version, playbookId },
  });
