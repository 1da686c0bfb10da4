// @vitest-environment jsdom
import '../testing/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { BUILT_IN_PLAYBOOKS, CAREER_CENTRE, type Playbook } from '#core/playbook';
import type { Settings } from '#core/settings';
import { fakeServer, renderWithProviders } from '../testing/render';
import { SettingsPage } from './settings-page';

const SECRET = 'a'.repeat(43);
/** Two machine cores shared with other suites can make a first render slow. */
const SLOW = { timeout: 4000 };

/** A server holding one user's settings and playbooks, answering as the real one does. */
function settingsServer() {
  let settings: Settings = {
    profile: { name: 'Ana Silva', email: null, summary: null },
    timeZone: 'Europe/Lisbon',
    playbookId: 'two-hour-job-search',
    calendarFeedPath: `/calendar/${SECRET}.ics`,
  };
  let playbooks: Playbook[] = [...BUILT_IN_PLAYBOOKS];
  const calls = fakeServer((url, init) => {
    const body = init.body ? (JSON.parse(String(init.body)) as Record<string, never>) : {};
    const method = init.method ?? 'GET';
    if (url.pathname === '/api/settings' && method === 'GET') return { body: settings };
    if (url.pathname === '/api/settings' && method === 'PATCH') {
      const { profile, ...rest } = body as Partial<Settings>;
      settings = { ...settings, ...rest, profile: { ...settings.profile, ...profile } };
      return { body: settings };
    }
    if (url.pathname === '/api/settings/calendar-secret') {
      settings = { ...settings, calendarFeedPath: `/calendar/${'b'.repeat(43)}.ics` };
      return { body: settings };
    }
    if (url.pathname === '/api/playbooks' && method === 'GET')
      return { body: { items: playbooks } };
    if (url.pathname === '/api/playbooks' && method === 'POST') {
      const copy: Playbook = {
        ...CAREER_CENTRE,
        id: 'career-centre-copy',
        builtIn: false,
        version: 1,
      };
      copy.name = 'Career centre (copy)';
      playbooks = [...playbooks, copy];
      return { status: 201, body: copy };
    }
    if (url.pathname === '/api/playbooks/career-centre-copy' && method === 'PATCH') {
      const current = playbooks.at(-1)!;
      const changed = { ...current, ...body, version: (current.version ?? 0) + 1 } as Playbook;
      playbooks = [...playbooks.slice(0, -1), changed];
      return { body: changed };
    }
    return undefined;
  });
  const sent = (method: string, path: string) =>
    calls.filter((call) => call.method === method && call.path === path).map((call) => call.body);
  return { sent };
}

describe('the settings page', () => {
  test('saves what you type about yourself after a pause, and holds back a broken email', async () => {
    const server = settingsServer();
    renderWithProviders(<SettingsPage />);
    const summary = await screen.findByLabelText('One line about you', {}, SLOW);
    expect(screen.getByLabelText('Your name')).toHaveProperty('value', 'Ana Silva');
    expect(screen.getByText(/save on their own, except the mail server/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Your email'), { target: { value: 'ana@' } });
    fireEvent.change(summary, { target: { value: 'a nurse moving into UX research' } });
    expect(await screen.findByText('Write an address like ana@example.com', {}, SLOW)).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(server.sent('PATCH', '/api/settings')).toEqual([]);
    expect(summary).toHaveProperty('value', 'a nurse moving into UX research');

    fireEvent.change(screen.getByLabelText('Your email'), {
      target: { value: 'ana@example.com' },
    });
    const about = screen.getByRole('region', { name: 'About you' });
    await waitFor(() => expect(within(about).getByRole('status').textContent).toBe('Saved'), {
      timeout: 4000,
    });
    expect(server.sent('PATCH', '/api/settings')).toEqual([
      {
        profile: {
          name: 'Ana Silva',
          email: 'ana@example.com',
          summary: 'a nurse moving into UX research',
        },
      },
    ]);
  });

  test('chooses the active playbook, copies a built-in and checks a copy’s numbers as you type', async () => {
    const server = settingsServer();
    renderWithProviders(<SettingsPage />);
    fireEvent.click(await screen.findByRole('radio', { name: /Career centre/ }, SLOW));
    await waitFor(
      () =>
        expect(server.sent('PATCH', '/api/settings')).toEqual([{ playbookId: 'career-centre' }]),
      SLOW,
    );

    const careerCentre = screen
      .getByRole('radio', { name: /Career centre/ })
      .closest('.mantine-Paper-root');
    fireEvent.click(
      within(careerCentre as HTMLElement).getByRole('button', { name: 'Make a copy' }),
    );
    const wordLimit = await screen.findByLabelText('Word limit for a request', {}, SLOW);
    expect(server.sent('POST', '/api/playbooks')).toEqual([{ copyOf: 'career-centre' }]);

    fireEvent.change(wordLimit, { target: { value: '5' } });
    expect(await screen.findByText('At least 20', {}, SLOW)).toBeTruthy();
    fireEvent.blur(wordLimit);
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(server.sent('PATCH', '/api/playbooks/career-centre-copy')).toEqual([]);

    fireEvent.change(wordLimit, { target: { value: '90' } });
    fireEvent.blur(wordLimit);
    await waitFor(
      () => expect(server.sent('PATCH', '/api/playbooks/career-centre-copy')).toHaveLength(1),
      SLOW,
    );
    expect(server.sent('PATCH', '/api/playbooks/career-centre-copy')[0]).toMatchObject({
      version: 1,
      outreach: { wordLimit: 90, linkedinNoteLimit: 300 },
      cadence: { steps: [{ afterBusinessDays: 5, action: 'follow_up' }] },
    });
  });

  test('shows the feed’s addresses on this host, and rotates the secret only after a warning', async () => {
    const server = settingsServer();
    renderWithProviders(<SettingsPage />);
    const subscription = await screen.findByLabelText('Subscription address', {}, SLOW);
    expect(subscription).toHaveProperty(
      'value',
      `webcal://${window.location.host}/calendar/${SECRET}.ics`,
    );
    expect(screen.getByLabelText('Web address')).toHaveProperty(
      'value',
      `${window.location.origin}/calendar/${SECRET}.ics`,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Rotate secret' }));
    const dialog = await screen.findByRole('dialog', {}, SLOW);
    expect(dialog.textContent).toMatch(/stop getting updates/);
    expect(server.sent('POST', '/api/settings/calendar-secret')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Make a new address' }));
    await waitFor(
      () => expect(subscription).toHaveProperty('value', expect.stringContaining('bbbb')),
      SLOW,
    );
    expect(server.sent('POST', '/api/settings/calendar-secret')).toHaveLength(1);
  });

  test('says so when the settings cannot load', async () => {
    fakeServer(() => ({
      status: 500,
      body: { error: { code: 'internal', message: 'Disk full' } },
    }));
    renderWithProviders(<SettingsPage />);
    expect((await screen.findByText('Disk full', {}, SLOW)).closest('[role="alert"]')).toBeTruthy();
  });
});
