// @vitest-environment jsdom
import '../testing/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { anExploration } from '../testing/interviews';
import { fakeServer, renderWithProviders } from '../testing/render';
import { ExplorationsPage } from './explorations-page';

const ux = {
  ...anExploration({ id: 3, version: 2, keyQuestions: ['Who hires?'] }),
  interviewCount: 2,
};

describe('ExplorationsPage', () => {
  test('creates an exploration with one key question a line', async () => {
    const calls = fakeServer((url, init) => {
      if (url.pathname === '/api/explorations' && init.method === 'POST')
        return { status: 201, body: anExploration({ id: 9 }) };
      if (url.pathname === '/api/explorations') return { body: { items: [] } };
      return undefined;
    });
    renderWithProviders(<ExplorationsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'New exploration' }));
    const dialog = await screen.findByRole('dialog', { name: 'New exploration' });
    fireEvent.change(within(dialog).getByLabelText(/Title/), { target: { value: ' Paramedic ' } });
    fireEvent.change(within(dialog).getByLabelText('Kind'), { target: { value: 'role' } });
    fireEvent.change(within(dialog).getByLabelText('Key questions'), {
      target: { value: 'What is a night shift like?\n\n  How did you train? ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create exploration' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
        title: 'Paramedic',
        kind: 'role',
        keyQuestions: ['What is a night shift like?', 'How did you train?'],
        status: 'exploring',
      }),
    );
  });

  test('lists kind, status, questions and interviews, and edits at the version read', async () => {
    const calls = fakeServer((url, init) => {
      if (url.pathname === '/api/explorations/3' && init.method === 'PATCH')
        return { body: { ...ux, version: 3, status: 'shortlisted' } };
      if (url.pathname === '/api/explorations') return { body: { items: [ux] } };
      return undefined;
    });
    renderWithProviders(<ExplorationsPage />);
    const card = await screen.findByRole('article', { name: 'UX research' });
    expect(card.textContent).toContain('Role');
    expect(card.textContent).toContain('Exploring');
    expect(card.textContent).toContain('Who hires?');
    expect(within(card).getByRole('link', { name: '2 interviews' }).getAttribute('href')).toBe(
      '/interviews?explorationId=3',
    );
    fireEvent.click(within(card).getByRole('button', { name: 'Edit UX research' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit UX research' });
    fireEvent.change(within(dialog).getByLabelText('Status'), {
      target: { value: 'shortlisted' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
        title: 'UX research',
        kind: 'role',
        keyQuestions: ['Who hires?'],
        status: 'shortlisted',
        version: 2,
      }),
    );
  });
});
