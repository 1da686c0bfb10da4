import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { fromLocalInput, toLocalInput } from '../ui/local-time';

/** A native date-and-time field (works with the keyboard and on phones), in the user's time zone. */
export function WhenInput(props: Omit<TextInputProps, 'type'>) {
  return <TextInput type="datetime-local" required {...props} />;
}

/**
 * The value of a "when" field that starts at now. Left as it is, it means the exact instant it
 * was filled in, not the whole minute the field shows, so what happens next still sorts after it.
 */
export function useWhen() {
  const [start, setStart] = useState(() => new Date());
  const [value, setValue] = useState(() => toLocalInput(start));
  const instant = value === toLocalInput(start) ? start.toISOString() : fromLocalInput(value);
  const restart = () => {
    const now = new Date();
    setStart(now);
    setValue(toLocalInput(now));
  };
  return { value, setValue, instant, restart };
}
