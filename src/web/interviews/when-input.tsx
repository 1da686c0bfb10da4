import { TextInput, type TextInputProps } from '@mantine/core';

/** A native date-and-time field (works with the keyboard and on phones), in the user's time zone. */
export function WhenInput(props: Omit<TextInputProps, 'type'>) {
  return <TextInput type="datetime-local" required {...props} />;
}
