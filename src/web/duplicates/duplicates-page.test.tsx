// @vitest-environment jsdom
import '../testing/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { fakeServer, renderWithProviders } from '../testing/render';
import { aPerson } from '../testing/people';
import { DuplicatesPage } from './duplicates-page';

const imported = aPerson({
  id: 1,
  version: 3,
  name: 'Joe Hallbeck',
  organization: 'Cakewalk',
  title: 'Founding SDR',
  linkedinUrl: 'https://www.linkedin.com/in/joe-hallbeck',
  relationship: 'linkedin',
  emails: [],
  location: null,
  source: 'linkedin',
});
const typedIn = aPerson({
  id: 2,
  version: 1,
  name: 'Joe Hallbeck',
  organization: 'Cakewalk',
  title: 'Sales lead',
  linkedinUrl: null,
  relationship: 'coworker',
  emails: ['joe@cakewalk.example'],
  location: 'Boston',
});
const candidate = {
  people: [imported, typedIn],
  reasons: [{ kind: 'name_at_organization', value: 'Joe Hallbeck at Cakewalk' }],
};

describe('DuplicatesPage', () => {
  test('merges with the field choices made, and undoes the merge from the notification', async () => {
    const calls = fakeServer((url) => {
      if (url.pathname === '/api/duplicates') return { body: { items: [candidate], total: 1 } };
      if (url.pathname === '/api/merges')
        return { status: 201, body: { mergeId: 9, person: { ...imported, version: 4 } } };
      if (url.pathname === '/api/merges/9/undo')
        return { body: { kept: imported, restored: typedIn } };
      return undefined;
    });
    renderWithProviders(<DuplicatesPage />);
    const pair = await screen.findByRole('article', { name: 'Joe Hallbeck and Joe Hallbeck' });
    expect(within(pair).getByText('same name at Cakewalk')).toBeTruthy();
    expect(within(pair).getByText(/tags and notes of both are kept/)).toBeTruthy();

    // Defaults: the first record's value, or the second's where the first has none.
    const title = within(pair).getByRole('radiogroup', { name: 'Title' });
    expect(within(title).getByRole('radio', { name: 'Founding SDR' })).toHaveProperty(
      'checked',
      true,
    );
    const location = within(pair).getByRole('radiogroup', { name: 'Location' });
    expect(within(location).getByRole('radio', { name: 'Boston' })).toHaveProperty('checked', true);

    fireEvent.click(within(title).getByRole('radio', { name: 'Sales lead' }));
    const relationship = within(pair).getByRole('radiogroup', { name: 'Relationship' });
    fireEvent.click(within(relationship).getByRole('radio', { name: 'Coworker' }));
    fireEvent.click(within(pair).getByRole('button', { name: 'Merge' }));

    await waitFor(() => expect(calls.some((call) => call.path === '/api/merges')).toBe(true));
    expect(calls.find((call) => call.path === '/api/merges')?.body).toEqual({
      keepId: 1,
      keepVersion: 3,
      otherId: 2,
      otherVersion: 1,
      choose: { title: 'other', location: 'other', linkedinUrl: 'keep', relationship: 'other' },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Merge undone')).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST' && call.path === '/api/merges/9/undo')).toBe(
      true,
    );
  });

  test('a stale pair is reloaded with a calm explanation instead of merging', async () => {
    let lists = 0;
    fakeServer((url) => {
      if (url.pathname === '/api/duplicates') {
        lists += 1;
        return { body: { items: [candidate], total: 1 } };
      }
      if (url.pathname === '/api/merges')
        return { status: 409, body: { error: { code: 'conflict', message: 'stale version' } } };
      return undefined;
    });
    renderWithProviders(<DuplicatesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Merge' }));
    expect(await screen.findByText('One of them changed in the meantime')).toBeTruthy();
    await waitFor(() => expect(lists).toBeGreaterThan(1));
  });
});
