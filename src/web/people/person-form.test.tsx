// @vitest-environment jsdom
import '../testing/setup-dom';
import { useState } from 'react';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { PersonForm } from './person-form';
import { toFormValues, type FieldErrors, type PersonFormValues } from './person-form-values';

function Harness({
  onSubmit,
  serverErrors,
}: {
  onSubmit: (values: PersonFormValues) => void;
  serverErrors?: FieldErrors;
}) {
  const [values, setValues] = useState(toFormValues());
  return (
    <PersonForm
      values={values}
      onChange={setValues}
      onSubmit={onSubmit}
      serverErrors={serverErrors}
      footer={<button type="submit">Save</button>}
    />
  );
}

describe('PersonForm', () => {
  test('says the name is required instead of submitting an empty person', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<Harness onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Name is required')).toBeTruthy();
    expect(screen.getByLabelText(/Name/).getAttribute('aria-invalid')).toBe('true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('names the email that is not an address, and submits once it is fixed', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<Harness onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText(/Name/), { target: { value: 'Ana Ferreira' } });
    const emails = screen.getByLabelText('Emails');
    // Mantine ignores writes to an unfocused combobox input (autofill), so focus it as a person would.
    emails.focus();
    fireEvent.change(emails, { target: { value: 'ana-at-example' } });
    fireEvent.keyDown(emails, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/“ana-at-example”: must be an email address/)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    // Backspace in the empty input removes the last address, as it does for a person typing.
    emails.focus();
    fireEvent.keyDown(emails, { key: 'Backspace' });
    fireEvent.change(emails, { target: { value: 'ana@example.com' } });
    fireEvent.keyDown(emails, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      name: 'Ana Ferreira',
      emails: ['ana@example.com'],
    });
  });

  test('shows what the server rejected next to the field it belongs to', () => {
    renderWithProviders(
      <Harness
        onSubmit={() => {}}
        serverErrors={{ linkedinUrl: 'Must be a linkedin.com address' }}
      />,
    );
    expect(screen.getByText('Must be a linkedin.com address')).toBeTruthy();
    expect(screen.getByLabelText('LinkedIn URL').getAttribute('aria-invalid')).toBe('true');
  });

  test('labels every field with the name a person would look for', () => {
    renderWithProviders(<Harness onSubmit={() => {}} />);
    for (const label of [
      'Organization',
      'Title',
      'Location',
      'Emails',
      'Phones',
      'LinkedIn URL',
      'Relationship',
      'Introduced by',
      'How you met',
      'Notes',
      'Tags',
    ]) {
      expect(screen.getAllByLabelText(label)).toHaveLength(1);
    }
  });
});
