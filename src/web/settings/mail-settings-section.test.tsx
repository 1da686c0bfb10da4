// @vitest-environment jsdom
import '../testing/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { MailSettings } from '#core/mail-settings';
import { fakeServer, renderWithProviders } from '../testing/render';
import { MailSettingsSection } from './mail-settings-section';

const stored: MailSettings = {
  configured: true,
  host: 'smtp.example.org',
  port: 587,
  security: 'starttls',
  username: 'jamie',
  passwordSet: true,
  fromName: 'Jamie Okoro',
  fromAddress: 'jamie@example.org',
  updatedAt: '2026-03-02T09:00:00.000Z',
};

function serve(start: MailSettings) {
  let current = start;
  return fakeServer((url, init) => {
    if (url.pathname === '/api/settings/mail' && init.method === 'PUT') {
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      if (body.port === 0) {
        return {
          status: 400,
          body: {
            error: {
              code: 'invalid_input',
              message: 'Invalid',
              issues: [{ path: 'port', message: 'a port is between 1 and 65535' }],
            },
          },
        };
      }
      const { password, ...fields } = body;
      current = {
        ...current,
        ...fields,
        passwordSet: password === undefined ? current.passwordSet : password !== '',
        configured: true,
        updatedAt: '2026-03-02T10:00:00.000Z',
      } as MailSettings;
      return { body: current };
    }
    if (url.pathname === '/api/settings/mail/test') {
      return {
        status: 502,
        body: {
          error: {
            code: 'mail_failed',
            message: 'The mail server did not accept the username and password.',
          },
        },
      };
    }
    if (url.pathname === '/api/settings/mail') return { body: current };
    return undefined;
  });
}

describe('the mail settings section', () => {
  test('keeps the saved password unless a new one is typed', async () => {
    const calls = serve(stored);
    renderWithProviders(<MailSettingsSection />);
    expect(
      await screen.findByText('A password is saved. Leave this empty to keep it.'),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Mail server/), {
      target: { value: 'smtp.fastmail.com' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const first = calls.find((c) => c.method === 'PUT')!.body as Record<string, unknown>;
    expect(first).toMatchObject({ host: 'smtp.fastmail.com', port: 587, security: 'starttls' });
    expect('password' in first).toBe(false);

    fireEvent.change(await screen.findByLabelText(/^Password/), { target: { value: 'app-pass' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'PUT')[1]!.body).toMatchObject({
      password: 'app-pass',
    });
  });

  test('a password typed and erased again keeps the saved one', async () => {
    const calls = serve(stored);
    renderWithProviders(<MailSettingsSection />);
    const password = await screen.findByLabelText(/^Password/);
    fireEvent.change(password, { target: { value: 'x' } });
    fireEvent.change(password, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect('password' in (calls.find((c) => c.method === 'PUT')!.body as object)).toBe(false);
    expect(
      await screen.findByText('A password is saved. Leave this empty to keep it.', {
        exact: false,
      }),
    ).toBeTruthy();
  });

  test('forgets the saved password only after asking, and keeps the edits on screen', async () => {
    const calls = serve(stored);
    renderWithProviders(<MailSettingsSection />);
    const host = (await screen.findByLabelText(/Mail server/)) as HTMLInputElement;
    fireEvent.change(host, { target: { value: 'smtp.fastmail.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Forget the saved password' }));
    const dialog = await screen.findByRole('dialog', { name: 'Forget the saved password?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Forget the saved password' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Forget it' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    // The saved server with an empty password: the edit on screen is not saved by the way.
    expect(calls.find((c) => c.method === 'PUT')!.body).toMatchObject({
      host: 'smtp.example.org',
      password: '',
    });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Forget the saved password' })).toBeNull(),
    );
    expect(host.value).toBe('smtp.fastmail.com');
  });

  test('sends a test message only through saved settings, and says so while edits wait', async () => {
    serve(stored);
    renderWithProviders(<MailSettingsSection />);
    const testButton = await screen.findByRole('button', { name: 'Send a test message' });
    fireEvent.click(testButton);
    expect(await screen.findByText(/did not accept the username and password/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^Username/), { target: { value: 'jamie2' } });
    expect(testButton).toHaveProperty('disabled', true);
    expect(screen.getByText(/Save your changes first/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(testButton).toHaveProperty('disabled', false));
    expect(screen.queryByText(/Save your changes first/)).toBeNull();
  });

  test('shows the field the server refused in plain words', async () => {
    serve(stored);
    renderWithProviders(<MailSettingsSection />);
    const port = await screen.findByLabelText(/^Port/);
    fireEvent.change(port, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('a port is between 1 and 65535')).toBeTruthy();
  });

  test('switching to TLS moves the usual port along', async () => {
    serve(stored);
    renderWithProviders(<MailSettingsSection />);
    const port = (await screen.findByLabelText(/^Port/)) as HTMLInputElement;
    fireEvent.click(screen.getAllByLabelText('Security')[0]!);
    fireEvent.click(await screen.findByRole('option', { name: 'TLS (usually port 465)' }));
    await waitFor(() => expect(port.value).toBe('465'));
  });
});
