// @vitest-environment jsdom
import '../testing/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { describe, expect, test } from 'vitest';
import { anExploration, anInterview } from '../testing/interviews';
import { fakeServer, renderWithProviders } from '../testing/render';
import { InterviewsPage } from './interviews-page';

function Address() {
  const { search } = useLocation();
  return <output aria-label="address">{search}</output>;
}

const ux = anExploration({ id: 3, title: 'UX research' });
const nursing = anExploration({ id: 4, title: 'Nursing', kind: 'field' });
const asked = anInterview({
  id: 1,
  stage: 'asked',
  explorationIds: [3],
  requestSentAt: '2026-03-02T09:00:00.000Z',
  introducedById: 9,
  introducer: { id: 9, name: 'Maria Lopez' },
});
const declined = anInterview({
  id: 2,
  stage: 'declined',
  explorationIds: [4],
  person: { id: 8, name: 'Bo Chen', organizationId: 2, organization: 'Globex' },
  personId: 8,
});

function serve() {
  const lists: URLSearchParams[] = [];
  fakeServer((url) => {
    if (url.pathname === '/api/explorations') return { body: { items: [ux, nursing] } };
    if (url.pathname === '/api/interviews') {
      lists.push(url.searchParams);
      const explorationId = Number(url.searchParams.get('explorationId'));
      const items = [asked, declined].filter(
        (i) => !explorationId || i.explorationIds.includes(explorationId),
      );
      return { body: { items } };
    }
    return undefined;
  });
  return lists;
}

const page = (route = '/interviews') =>
  renderWithProviders(
    <>
      <InterviewsPage />
      <Address />
    </>,
    { route },
  );

describe('InterviewsPage', () => {
  test('shows the pipeline as a board with the early endings apart, and as a list remembered in the address', async () => {
    serve();
    page();
    const askedColumn = await screen.findByRole('region', { name: 'Asked' });
    const card = within(askedColumn).getByRole('article', { name: 'Ana Silva' });
    expect(card.textContent).toContain('Acme Health');
    expect(card.textContent).toContain('UX research');
    expect(card.textContent).toContain('Introduced by Maria Lopez');
    expect(card.textContent).toMatch(/asked (\d+ days ago|yesterday|today)/);
    const ended = screen.getByRole('region', { name: 'Ended early' });
    expect(within(ended).getByRole('article', { name: 'Bo Chen' })).toBeTruthy();
    expect(within(ended).queryByRole('region', { name: 'Cancelled' })).toBeNull();

    fireEvent.click(screen.getByRole('radio', { name: 'List' }));
    const table = await screen.findByRole('table', { name: 'Interviews' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('status', { name: 'address' }).textContent).toBe('?view=list');
    expect(screen.queryByRole('region', { name: 'Asked' })).toBeNull();
  });

  test('filters by exploration through the address and asks the server for just those', async () => {
    const lists = serve();
    page('/interviews?view=list');
    const table = await screen.findByRole('table', { name: 'Interviews' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));

    fireEvent.click(screen.getByLabelText('Exploration'));
    fireEvent.click(await screen.findByRole('option', { name: 'Nursing' }));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'address' }).textContent).toBe(
        '?view=list&explorationId=4',
      ),
    );
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(table).getByText('Bo Chen')).toBeTruthy();
    expect(lists.at(-1)?.get('explorationId')).toBe('4');
  });

  test('a filter that matches nothing offers to clear it and keeps the view', async () => {
    serve();
    page('/interviews?view=list&explorationId=99');
    fireEvent.click(await screen.findByRole('button', { name: 'Clear the filters' }));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'address' }).textContent).toBe('?view=list'),
    );
    expect(await screen.findByRole('table', { name: 'Interviews' })).toBeTruthy();
  });

  test('explains what an informational interview is when there is none yet', async () => {
    fakeServer((url) =>
      url.pathname === '/api/interviews' || url.pathname === '/api/explorations'
        ? { body: { items: [] } }
        : undefined,
    );
    page();
    expect(await screen.findByText(/never for a job/)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'New interview' }).length).toBeGreaterThan(0);
  });
});
