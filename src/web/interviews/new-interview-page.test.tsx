// @vitest-environment jsdom
import '../testing/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { anExploration, anInterview } from '../testing/interviews';
import { aPerson } from '../testing/people';
import { fakeServer, renderWithProviders } from '../testing/render';
import { NewInterviewPage } from './new-interview-page';

describe('NewInterviewPage', () => {
  test('starts an interview with the person from the address and an exploration made on the spot', async () => {
    const calls = fakeServer((url, init) => {
      if (url.pathname === '/api/people/7') return { body: aPerson({ id: 7, name: 'Ana Silva' }) };
      if (url.pathname === '/api/people') return { body: { items: [], nextCursor: null } };
      if (url.pathname === '/api/explorations' && init.method === 'POST')
        return { status: 201, body: anExploration({ id: 12, title: 'Paramedic' }) };
      if (url.pathname === '/api/explorations') return { body: { items: [] } };
      if (url.pathname === '/api/interviews')
        return { status: 201, body: anInterview({ id: 44, explorationIds: [12] }) };
      return undefined;
    });
    renderWithProviders(<NewInterviewPage />, {
      route: '/interviews/new?personId=7',
      path: '/interviews/new',
    });
    await waitFor(() =>
      expect((screen.getByLabelText('Person') as HTMLInputElement).value).toBe('Ana Silva'),
    );
    fireEvent.change(screen.getByLabelText('New exploration'), {
      target: { value: 'Paramedic' },
    });
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'role' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(
        calls.find((c) => c.path === '/api/explorations' && c.method === 'POST')?.body,
      ).toEqual({ title: 'Paramedic', kind: 'role' }),
    );
    await waitFor(() =>
      expect((screen.getByLabelText('New exploration') as HTMLInputElement).value).toBe(''),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Create interview' }));
    await waitFor(() =>
      expect(calls.find((c) => c.path === '/api/interviews')?.body).toEqual({
        personId: 7,
        explorationIds: [12],
      }),
    );
    expect(await screen.findByText('Elsewhere')).toBeTruthy();
  });
});
