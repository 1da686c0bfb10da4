// @vitest-environment jsdom
import '../testing/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
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
      current = {
        ...current,
        ...body,
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

  test('shows the field the server refused and the test message’s failure in plain words', async () => {
    serve(stored);
    renderWithProviders(<MailSettingsSection />);
    const port = await screen.findByLabelText(/^Port/);
    fireEvent.change(port, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('a port is between 1 and 65535')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send a test message' }));
    expect(await screen.findByText(/did not accept the username and password/)).toBeTruthy();
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
