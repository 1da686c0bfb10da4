import { offsetAt } from '#core/cadence/time-zone';

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as `<input type="datetime-local">` wants it: the wall clock in `timeZone`, to the minute. */
export function toLocalInput(date: Date, timeZone: string): string {
  const wall = new Date(date.getTime() + offsetAt(date.getTime(), timeZone));
  const day = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  return `${day}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
}

const INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a datetime-local value names on the wall clock of `timeZone`, or null when
 * incomplete. A time the clocks skip on a spring-forward night still names an instant, an hour off.
 */
export function fromLocalInput(value: string, timeZone: string): string | null {
  const match = INPUT.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== day) return null;
  // The offset at the wall time read as UTC is close; read again at the instant it gives.
  const guess = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(guess, timeZone)).toISOString();
}

/** This device's time zone, for the moment before the user's settings have loaded. */
export const deviceTimeZone = (): string =>
  Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** "America/New York": an IANA name as a person reads it. */
export const zoneName = (timeZone: string) => timeZone.replace(/_/g, ' ');
