// @vitest-environment jsdom
import '../testing/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { BUILT_IN_PLAYBOOKS } from '#core/playbook';
import { fakeServer, renderWithProviders } from '../testing/render';
import { InterviewPlaybookSelect } from './interview-playbook-select';

describe('choosing the playbook of one interview', () => {
  test('sends the new playbook with the version the page shows', async () => {
    const calls = fakeServer((url, init) => {
      if (url.pathname === '/api/playbooks') return { body: { items: BUILT_IN_PLAYBOOKS } };
      if (url.pathname === '/api/interviews/7' && init.method === 'PATCH') {
        return { body: { id: 7, version: 4, playbookId: 'career-centre' } };
      }
      return undefined;
    });
    renderWithProviders(
      <InterviewPlaybookSelect
        interview={{ id: 7, version: 3, playbookId: 'two-hour-job-search' }}
      />,
    );
    const select = await screen.findByRole('combobox', { name: 'Playbook' });
    await waitFor(() => expect(select).toHaveProperty('disabled', false), { timeout: 4000 });
    expect(select).toHaveProperty('value', 'Two-hour job search (3B7)');
    fireEvent.click(select);
    fireEvent.click(await screen.findByRole('option', { name: 'Career centre' }));
    await waitFor(() =>
      expect(calls.filter((call) => call.method === 'PATCH')).toEqual([
        {
          method: 'PATCH',
          path: '/api/interviews/7',
          body: { version: 3, playbookId: 'career-centre' },
        },
      ]),
    );
  });
});
