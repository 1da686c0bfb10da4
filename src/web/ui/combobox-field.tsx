import { useId, type ReactNode } from 'react';
import { Input } from '@mantine/core';

/** Props the wrapped Select/Autocomplete/TagsInput must spread to stay tied to the visible label. */
export type ComboboxInputProps = {
  id: string;
  inputWrapperOrder: ['description', 'input', 'error'];
};

type Props = {
  label: string;
  children: (input: ComboboxInputProps) => ReactNode;
};

/**
 * Renders the label outside a Mantine combobox input; description and error stay on the input.
 * Mantine labels its always-mounted option list with the input's label, so "the field labelled
 * Tags" would name two elements; here only the input carries the label, which keeps getByLabel
 * and screen readers pointing at one control.
 */
export function ComboboxField({ label, children }: Props) {
  const id = useId();
  return (
    <Input.Wrapper id={id} label={label}>
      {children({ id, inputWrapperOrder: ['description', 'input', 'error'] })}
    </Input.Wrapper>
  );
}
