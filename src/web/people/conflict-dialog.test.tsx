// @vitest-environment jsdom
import '../testing/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { fakeServer, renderWithProviders } from '../testing/render';
import { aPerson } from '../testing/people';
import { ConflictDialog } from './conflict-dialog';
import { EditPersonPage } from './edit-person-page';
import { toFormValues } from './person-form-values';

describe('ConflictDialog', () => {
  test('explains the clash and offers Reload and Overwrite', () => {
    const onReload = vi.fn();
    const onOverwrite = vi.fn();
    const base = toFormValues(aPerson());
    renderWithProviders(
      <ConflictDialog
        current={aPerson({ version: 2, title: 'Research Lead' })}
        base={base}
        mine={{ ...base, notes: 'Met at the fair' }}
        onReload={onReload}
        onOverwrite={onOverwrite}
        onClose={() => {}}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: /changed elsewhere/ });
    expect(dialog.textContent).toContain('Changed there: title.');
    expect(dialog.textContent).toContain('Changed by you here: notes.');
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    fireEvent.click(screen.getByRole('button', { name: 'Overwrite' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(onOverwrite).toHaveBeenCalledTimes(1);
  });
});

describe('editing a person someone else changed', () => {
  function serverWithNewerVersion() {
    const current = aPerson({ version: 2, title: 'Research Lead' });
    return fakeServer((url, init) => {
      if (url.pathname === '/api/people/7' && init.method === 'PATCH') {
        const body = JSON.parse(String(init.body)) as { version: number };
        if (body.version !== current.version) {
          return {
            status: 409,
            body: { error: { code: 'conflict', message: 'stale', details: { current } } },
          };
        }
        return { body: { ...current, ...body, version: 3 } };
      }
      if (url.pathname === '/api/people/7') return { body: aPerson() };
      if (url.pathname === '/api/people' || url.pathname === '/api/organizations') {
        return { body: { items: [], nextCursor: null } };
      }
      return undefined;
    });
  }

  test('Overwrite re-sends only my changes, based on the current version', async () => {
    const calls = serverWithNewerVersion();
    renderWithProviders(<EditPersonPage />, { route: '/people/7/edit', path: '/people/:id/edit' });
    const notes = await screen.findByLabelText('Notes');
    fireEvent.change(notes, { target: { value: 'Met at the fair' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('dialog', { name: /changed elsewhere/ });
    fireEvent.click(screen.getByRole('button', { name: 'Overwrite' }));
    await screen.findByText('Elsewhere');
    const patches = calls.filter((call) => call.method === 'PATCH');
    expect(patches.map((call) => call.body)).toEqual([
      { notes: 'Met at the fair', version: 1 },
      { notes: 'Met at the fair', version: 2 },
    ]);
  });

  test('Reload drops my edit and shows what is saved now', async () => {
    const calls = serverWithNewerVersion();
    renderWithProviders(<EditPersonPage />, { route: '/people/7/edit', path: '/people/:id/edit' });
    const title = await screen.findByLabelText('Title');
    fireEvent.change(title, { target: { value: 'Mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('dialog', { name: /changed elsewhere/ });
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Research Lead'),
    );
    expect(calls.filter((call) => call.method === 'PATCH')).toHaveLength(1);
  });
});
