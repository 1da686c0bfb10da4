import { z } from 'zod';
import { PlaybookCopyInputSchema, PlaybookPatchSchema, PlaybookSchema } from '#core/playbook';
import { SettingsPatchSchema, SettingsSchema } from '#core/settings';
import type { Operation } from './operation';

/** Settings, playbooks, mail settings and the calendar feed. */
export const settingsOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/settings',
    tag: 'Settings',
    summary: 'Your profile, time zone, active playbook and private calendar feed address',
    response: SettingsSchema,
  },
  {
    method: 'patch',
    path: '/api/settings',
    tag: 'Settings',
    summary: 'Change any of profile, time zone (IANA) and active playbook',
    body: SettingsPatchSchema,
    response: SettingsSchema,
    errors: [400],
  },
  {
    method: 'post',
    path: '/api/settings/calendar-secret',
    tag: 'Settings',
    summary: 'A new calendar feed address; the old one stops working',
    response: SettingsSchema,
  },
  {
    method: 'get',
    path: '/api/playbooks',
    tag: 'Settings',
    summary: 'The built-in playbooks, then your copies',
    response: z.object({ items: z.array(PlaybookSchema) }),
  },
  {
    method: 'post',
    path: '/api/playbooks',
    tag: 'Settings',
    summary: 'Copy a playbook under a new name (its id comes from the name)',
    body: PlaybookCopyInputSchema,
    response: PlaybookSchema,
    status: 201,
    errors: [400],
  },
  {
    method: 'patch',
    path: '/api/playbooks/{id}',
    tag: 'Settings',
    summary:
      'Change some rules of your copy (send the version you read); built-in playbooks refuse (403)',
    textId: true,
    body: PlaybookPatchSchema,
    response: PlaybookSchema,
    errors: [400, 404, 409],
  },
  {
    method: 'delete',
    path: '/api/playbooks/{id}',
    tag: 'Settings',
    summary: 'Delete your copy; its interviews move to the active playbook',
    textId: true,
    status: 204,
    errors: [404],
  },
  {
    method: 'get',
    path: '/calendar/{file}',
    tag: 'Settings',
    summary: 'The private iCalendar feed at calendarFeedPath: scheduled interviews and due actions',
    fileResponse: 'text/calendar',
    errors: [404],
  },
];
