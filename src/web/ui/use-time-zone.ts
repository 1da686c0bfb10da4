import { useSettings } from '../api/settings.queries';
import { deviceTimeZone } from './local-time';

/**
 * The time zone the user's days and times are in: the one in Settings, as Today and the server
 * count them, or this device's until the settings have loaded. `fromSettings` says which.
 */
export function useTimeZone(): { timeZone: string; fromSettings: boolean } {
  const settings = useSettings();
  const saved = settings.data?.timeZone;
  return saved
    ? { timeZone: saved, fromSettings: true }
    : { timeZone: deviceTimeZone(), fromSettings: false };
}

/** Now, and the time zone the user's days are in: what "today" and "at 14:00" depend on. */
export type Clock = { now: Date; timeZone: string };

/** The clock as this render reads it. */
export function useClock(): Clock {
  return { now: new Date(), timeZone: useTimeZone().timeZone };
}
