// @vitest-environment jsdom
import '../testing/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Target } from '#core/target';
import { fakeServer, renderWithProviders } from '../testing/render';
import { TargetsSection } from './targets-section';

function aTarget(rank: number, overrides: Partial<Target> = {}): Target {
  return {
    id: rank * 10,
    version: 2,
    kind: 'organization',
    organizationId: rank,
    label: `Org ${rank}`,
    motivation: Math.max(1, 6 - rank),
    posting: 0,
    advocacy: 0,
    notes: null,
    rank,
    top: rank <= 5,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    ...overrides,
  };
}

const targets = [
  aTarget(1, { label: 'Acme Health', advocacy: 2, posting: 3 }),
  aTarget(2, { kind: 'role', organizationId: null, label: 'Paramedic' }),
  aTarget(3),
  aTarget(4),
  aTarget(5),
  aTarget(6, { label: 'Globex' }),
  aTarget(7, { label: 'Initech' }),
];

const labels = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map(
      (item) =>
        within(item).getByText(/^(Org \d|Acme Health|Paramedic|Globex|Initech)$/).textContent,
    );

describe('TargetsSection', () => {
  test('highlights the top five under "Start with these" and lists the rest after them', async () => {
    fakeServer((url) =>
      url.pathname === '/api/targets' ? { body: { items: targets } } : undefined,
    );
    renderWithProviders(<TargetsSection onAdd={() => {}} />);
    const top = await screen.findByRole('list', { name: 'Start with these' });
    expect(labels(top)).toEqual(['Acme Health', 'Paramedic', 'Org 3', 'Org 4', 'Org 5']);
    for (const item of within(top).getAllByRole('listitem'))
      expect(item.getAttribute('data-top')).toBe('true');
    const later = screen.getByRole('list', { name: 'Later targets' });
    expect(labels(later)).toEqual(['Globex', 'Initech']);
    expect(within(later).getAllByRole('listitem')[0]!.hasAttribute('data-top')).toBe(false);

    const first = within(top).getAllByRole('listitem')[0]!;
    expect(first.textContent).toContain('2 people you know');
    expect(within(top).getAllByRole('listitem')[1]!.textContent).toContain('no one you know yet');
  });

  test('saves a new motivation at once with the version it was read at', async () => {
    const calls = fakeServer((url, init) => {
      if (url.pathname === '/api/targets') return { body: { items: targets } };
      if (url.pathname === '/api/targets/60' && init.method === 'PATCH')
        return { body: { ...targets[5], version: 3, motivation: 5 } };
      return undefined;
    });
    renderWithProviders(<TargetsSection onAdd={() => {}} />);
    const motivation = await screen.findByRole('radiogroup', { name: 'Motivation for Globex' });
    // The keyboard way: Enter on a star sets it (a click on the star does the same).
    fireEvent.keyDown(within(motivation).getByLabelText('5 of 5, Dream'), { key: 'Enter' });
    await waitFor(() =>
      expect(calls.find((call) => call.method === 'PATCH')).toEqual({
        method: 'PATCH',
        path: '/api/targets/60',
        body: { motivation: 5, version: 2 },
      }),
    );
  });

  test('a target changed elsewhere is reloaded with a calm note, and a typed note stays in its box', async () => {
    let lists = 0;
    fakeServer((url, init) => {
      if (url.pathname === '/api/targets') {
        lists += 1;
        return { body: { items: targets } };
      }
      if (init.method === 'PATCH')
        return { status: 409, body: { error: { code: 'conflict', message: 'stale' } } };
      return undefined;
    });
    renderWithProviders(<TargetsSection onAdd={() => {}} />);
    const globex = (await screen.findAllByRole('listitem'))[5]!;
    fireEvent.click(within(globex).getByRole('button', { name: 'Add a note' }));
    const notes = within(globex).getByRole('textbox', { name: 'Notes on Globex' });
    fireEvent.change(notes, { target: { value: 'Ask about their research team' } });
    fireEvent.blur(notes);
    expect(await screen.findByText('Globex was changed elsewhere')).toBeTruthy();
    await waitFor(() => expect(lists).toBeGreaterThan(1));
    expect(
      within(globex).getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes on Globex' }).value,
    ).toBe('Ask about their research team');
  });
});
