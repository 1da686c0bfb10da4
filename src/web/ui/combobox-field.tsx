import { useId, type ReactNode } from 'react';
import { Input } from '@mantine/core';

/** Props the wrapped Select/Autocomplete/TagsInput must spread to stay tied to the visible label. */
export type ComboboxInputProps = {
  id: string;
  error: boolean;
  inputWrapperOrder: ['input'];
  'aria-describedby'?: string;
};

type Props = {
  label: string;
  description?: ReactNode;
  error?: ReactNode;
  withAsterisk?: boolean;
  children: (input: ComboboxInputProps) => ReactNode;
};

/**
 * Renders the label, description and error outside a Mantine combobox input. Mantine labels its
 * (always-mounted) option list with the input's label, so "the field labelled Tags" would name
 * two elements; here only the input carries the label, which keeps getByLabel and screen readers
 * pointing at one control.
 */
export function ComboboxField({ label, description, error, withAsterisk, children }: Props) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, description ? `${id}-description` : null].filter(Boolean).join(' ');
  return (
    <Input.Wrapper id={id} label={label} description={description} error={error} withAsterisk={withAsterisk}>
      {children({ id, error: Boolean(error), inputWrapperOrder: ['input'], 'aria-describedby': describedBy || undefined })}
    </Input.Wrapper>
  );
}
