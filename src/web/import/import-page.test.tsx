// @vitest-environment jsdom
import '../testing/setup-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { ImportReport } from '#core/import-plan';
import { fakeServer, renderWithProviders } from '../testing/render';
import { ImportPage } from './import-page';

const preview: ImportReport = {
  format: 'linkedin',
  read: 25,
  created: 22,
  updated: 1,
  unchanged: 1,
  duplicates: 1,
  skipped: [
    { line: 24, reason: 'no name, e-mail or profile URL' },
    { line: 30, reason: 'the row has 2 columns where the header has 7' },
  ],
  dryRun: true,
  newPeople: [
    { line: 5, name: 'Joe Hallbeck', organization: 'Cakewalk', title: 'Founding SDR' },
    { line: 6, name: 'Olga Szymańska', organization: 'McKinney Rogers', title: null },
  ],
  changedPeople: [
    { line: 9, personId: 3, name: 'Ana Ferreira', fields: ['title', 'organization'] },
  ],
  duplicateRows: [{ line: 12, sameAsLine: 7 }],
};

const connections = () =>
  new File(['First Name,Last Name\nJoe,Hallbeck\n'], 'Connections.csv', { type: 'text/csv' });

function chooseFile(file: File) {
  fireEvent.change(screen.getByLabelText('Choose a contacts file'), { target: { files: [file] } });
}

describe('ImportPage', () => {
  test('previews a dropped file: counts, skipped lines with reasons, changes and the new people', async () => {
    const calls = fakeServer((url) =>
      url.pathname === '/api/imports/preview' ? { body: preview } : undefined,
    );
    renderWithProviders(<ImportPage />);
    expect(screen.getByRole('button', { name: /Drop/ })).toBeTruthy();
    chooseFile(connections());

    const counts = await screen.findByRole('list', { name: 'What the import will do' });
    const items = within(counts)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual(['22new', '1update', '1unchanged', '1repeated row merged', '2skipped']);
    const skipped = screen.getByRole('list', { name: 'Skipped rows' });
    expect(
      within(skipped)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Line 24: no name, e-mail or profile URL',
      'Line 30: the row has 2 columns where the header has 7',
    ]);
    expect(screen.getByRole('list', { name: 'Updates' }).textContent).toContain(
      'Ana Ferreira: title and organization',
    );
    const table = screen.getByRole('table', { name: 'New people' });
    expect(within(table).getByText('Joe Hallbeck')).toBeTruthy();
    expect(screen.getByText(/Read as LinkedIn connections: 25 rows/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import 23 people' })).toBeTruthy();
    expect(calls).toEqual([
      expect.objectContaining({ method: 'POST', path: '/api/imports/preview' }),
    ]);
  });

  test('imports on confirm and shows the result with a way to the people', async () => {
    const calls = fakeServer((url) => {
      if (url.pathname === '/api/imports/preview') return { body: preview };
      if (url.pathname === '/api/imports') return { body: { ...preview, dryRun: false } };
      if (url.pathname === '/api/duplicates') return { body: { items: [], total: 0 } };
      return undefined;
    });
    renderWithProviders(<ImportPage />);
    chooseFile(connections());
    fireEvent.click(await screen.findByRole('button', { name: 'Import 23 people' }));
    expect(
      await screen.findByRole('heading', { name: '22 people joined your network' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See your people' }).getAttribute('href')).toBe(
      '/people',
    );
    expect(screen.getByText(/only updates what changed/)).toBeTruthy();
    const commit = calls.find((call) => call.path === '/api/imports');
    expect(commit?.method).toBe('POST');
  });

  test("shows the server's message for an unreadable file and keeps the drop zone usable", async () => {
    const message =
      'This looks like LinkedIn Invitations.csv; import Connections.csv from the same archive.';
    fakeServer(() => ({ status: 400, body: { error: { code: 'invalid_input', message } } }));
    renderWithProviders(<ImportPage />);
    chooseFile(connections());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(message);
    expect(screen.getByLabelText('Choose a contacts file')).toBeTruthy();
  });
});
