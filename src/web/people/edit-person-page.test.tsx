// @vitest-environment jsdom
import '../testing/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { PersonDetail } from '#core/person';
import { fakeServer, renderWithProviders } from '../testing/render';
import { aPerson } from '../testing/people';
import { EditPersonPage } from './edit-person-page';

type Release = () => void;

/** A server holding one person; a PATCH on an old version answers 409 with what it holds now. */
function serverWith(start: PersonDetail, { holdFirstPatch = false } = {}) {
  let person = start;
  let release: Release | null = null;
  const held = holdFirstPatch ? new Promise<void>((resolve) => (release = resolve)) : null;
  let patches = 0;
  const calls = fakeServer(async (url, init) => {
    if (url.pathname === `/api/people/${person.id}` && init.method === 'PATCH') {
      patches += 1;
      if (held && patches === 1) await held;
      const { version, ...changes } = JSON.parse(String(init.body)) as { version: number };
      if (version !== person.version) {
        return {
          status: 409,
          body: { error: { code: 'conflict', message: 'stale', details: { current: person } } },
        };
      }
      person = { ...person, ...changes, version: person.version + 1 };
      return { body: person };
    }
    if (url.pathname === `/api/people/${person.id}`) return { body: person };
    if (url.pathname === '/api/tags') return { body: { items: [] } };
    if (url.pathname === '/api/people' || url.pathname === '/api/organizations') {
      return { body: { items: [], nextCursor: null } };
    }
    return undefined;
  });
  return {
    calls,
    patchBodies: () => calls.filter((call) => call.method === 'PATCH').map((call) => call.body),
    release: () => (release as Release | null)?.(),
    /** Someone else saves in another tab. */
    changeElsewhere: (changes: Partial<PersonDetail>) => {
      person = { ...person, ...changes, version: person.version + 1 };
    },
  };
}

function renderEditPage() {
  return renderWithProviders(<EditPersonPage />, {
    route: '/people/7/edit',
    path: '/people/:id/edit',
  });
}

const status = () => screen.getByRole('status');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('editing a person saves as you type', () => {
  test('a pause after typing sends one PATCH with only the changed field and the version', async () => {
    const server = serverWith(aPerson());
    renderEditPage();
    const title = await screen.findByLabelText('Title');
    expect(status().getAttribute('aria-live')).toBe('polite');
    for (const value of ['R', 'Research', 'Research Lead']) {
      fireEvent.change(title, { target: { value } });
    }
    expect(status().textContent).toBe('Saving…');
    await waitFor(() => expect(status().textContent).toBe('Saved'), { timeout: 2000 });
    await wait(800);
    expect(server.patchBodies()).toEqual([{ title: 'Research Lead', version: 1 }]);
  });

  test('leaving a changed field saves it at once, without waiting for the pause', async () => {
    const server = serverWith(aPerson());
    renderEditPage();
    const notes = await screen.findByLabelText('Notes');
    fireEvent.change(notes, { target: { value: 'Met at the fair' } });
    fireEvent.blur(notes);
    await waitFor(() => expect(server.patchBodies()).toHaveLength(1), { timeout: 300 });
    expect(server.patchBodies()[0]).toEqual({ notes: 'Met at the fair', version: 1 });
  });

  test('an invalid value is never sent and stays in the form, while valid edits still save', async () => {
    const server = serverWith(aPerson());
    renderEditPage();
    const name = await screen.findByLabelText(/Name/);
    fireEvent.change(name, { target: { value: '   ' } });
    fireEvent.blur(name);
    await waitFor(() => expect(status().textContent).toBe('Not saved: check the name'));
    expect(await screen.findByText('Name is required')).toBeTruthy();
    expect((name as HTMLInputElement).value).toBe('   ');

    const title = screen.getByLabelText('Title');
    fireEvent.change(title, { target: { value: 'Research Lead' } });
    fireEvent.blur(title);
    await waitFor(() => expect(server.patchBodies()).toHaveLength(1));
    expect(server.patchBodies()[0]).toEqual({ title: 'Research Lead', version: 1 });
    await waitFor(() => expect(status().textContent).toBe('Not saved: check the name'));
    expect((name as HTMLInputElement).value).toBe('   ');
  });

  test('edits made while a save is in flight go out next, on the version it returned', async () => {
    const server = serverWith(aPerson(), { holdFirstPatch: true });
    renderEditPage();
    const title = await screen.findByLabelText('Title');
    fireEvent.change(title, { target: { value: 'Research Lead' } });
    fireEvent.blur(title);
    await waitFor(() => expect(server.patchBodies()).toHaveLength(1));
    const notes = screen.getByLabelText('Notes');
    fireEvent.change(notes, { target: { value: 'Met at the fair' } });
    fireEvent.blur(notes);
    await wait(50);
    expect(server.patchBodies()).toHaveLength(1);
    server.release();
    await waitFor(() => expect(status().textContent).toBe('Saved'));
    expect(server.patchBodies()).toEqual([
      { title: 'Research Lead', version: 1 },
      { notes: 'Met at the fair', version: 2 },
    ]);
  });

  test('leaving the page sends the change that was still waiting for the pause', async () => {
    const server = serverWith(aPerson());
    const { unmount } = renderEditPage();
    fireEvent.change(await screen.findByLabelText('Title'), { target: { value: 'Lead' } });
    unmount();
    await waitFor(() => expect(server.patchBodies()).toEqual([{ title: 'Lead', version: 1 }]), {
      timeout: 300,
    });
  });

  test('Done waits for the save, then returns to the person', async () => {
    const server = serverWith(aPerson());
    renderEditPage();
    fireEvent.change(await screen.findByLabelText('Title'), { target: { value: 'Lead' } });
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByText('Elsewhere');
    expect(server.patchBodies()).toEqual([{ title: 'Lead', version: 1 }]);
  });
});

describe('editing a person someone else changed', () => {
  test('the stale save opens the conflict prompt; Overwrite keeps their other changes and saves mine', async () => {
    const server = serverWith(aPerson());
    renderEditPage();
    const notes = await screen.findByLabelText('Notes');
    server.changeElsewhere({ title: 'Research Lead' });
    fireEvent.change(notes, { target: { value: 'Met at the fair' } });
    fireEvent.blur(notes);
    const dialog = await screen.findByRole('dialog', { name: 'This person was changed elsewhere' });
    expect(dialog.textContent).toContain('Changed there: title.');
    fireEvent.click(screen.getByRole('button', { name: 'Overwrite' }));
    await waitFor(() => expect(status().textContent).toBe('Saved'));
    expect(server.patchBodies()).toEqual([
      { notes: 'Met at the fair', version: 1 },
      { notes: 'Met at the fair', version: 2 },
    ]);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Research Lead');
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('Met at the fair');
  });

  test('Reload drops my edit and shows what is saved now', async () => {
    const server = serverWith(aPerson());
    renderEditPage();
    const title = await screen.findByLabelText('Title');
    server.changeElsewhere({ title: 'Research Lead' });
    fireEvent.change(title, { target: { value: 'Mine' } });
    fireEvent.blur(title);
    await screen.findByRole('dialog', { name: 'This person was changed elsewhere' });
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Research Lead'),
    );
    await wait(800);
    expect(server.patchBodies()).toHaveLength(1);
  });
});

describe('the organization field', () => {
  test('saves when it is left, not at a pause, so a half-typed name never becomes an organization', async () => {
    const server = serverWith(aPerson());
    renderEditPage();
    const organization = await screen.findByLabelText('Organization');
    organization.focus();
    fireEvent.change(organization, { target: { value: 'Acm' } });
    await waitFor(() => expect(status().textContent).toBe('Saves when you leave the field'), {
      timeout: 2000,
    });
    expect(server.patchBodies()).toEqual([]);
    fireEvent.change(organization, { target: { value: 'Acme Health' } });
    fireEvent.blur(organization);
    await waitFor(() => expect(status().textContent).toBe('Saved'));
    expect(server.patchBodies()).toEqual([{ organization: 'Acme Health', version: 1 }]);
  });
});
