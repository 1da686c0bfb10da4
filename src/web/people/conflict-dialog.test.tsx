// @vitest-environment jsdom
import '../testing/setup-dom';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { aPerson } from '../testing/people';
import { ConflictDialog } from './conflict-dialog';
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
