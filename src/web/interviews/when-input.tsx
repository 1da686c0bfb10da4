import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { fromLocalInput, toLocalInput, zoneName } from '../ui/local-time';
import { useTimeZone } from '../ui/use-time-zone';

type WhenValue = ReturnType<typeof useWhen>;

/**
 * A native date-and-time field (works with the keyboard and on phones) on the wall clock of the
 * user's time zone, which it names, since the device's own zone may differ.
 */
export function WhenInput({ when, ...props }: Omit<TextInputProps, 'type'> & { when: WhenValue }) {
  return (
    <TextInput
      type="datetime-local"
      required
      description={
        when.fromSettings
          ? `In ${zoneName(when.timeZone)} time, your time zone in Settings.`
          : `In ${zoneName(when.timeZone)} time, this device’s time zone.`
      }
      value={when.value}
      onChange={(event) => when.setValue(event.currentTarget.value)}
      {...props}
    />
  );
}

/**
 * The value of a "when" field that starts at now. Left as it is, it means the exact instant it
 * was filled in, not the whole minute the field shows, so what happens next still sorts after it.
 * Until the user types, it follows the time zone as well, which may arrive with the settings.
 */
export function useWhen() {
  const { timeZone, fromSettings } = useTimeZone();
  const [start, setStart] = useState(() => new Date());
  const [typed, setTyped] = useState<string | null>(null);
  const value = typed ?? toLocalInput(start, timeZone);
  const instant = typed === null ? start.toISOString() : fromLocalInput(typed, timeZone);
  const restart = () => {
    setStart(new Date());
    setTyped(null);
  };
  return { value, setValue: setTyped, instant, restart, timeZone, fromSettings };
}
