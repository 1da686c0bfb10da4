const pad = (n: number) => String(n).padStart(2, '0');

/** A date as `<input type="datetime-local">` wants it: the browser's wall clock, to the minute. */
export function toLocalInput(date: Date): string {
  return `${toLocalDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A date as `<input type="date">` wants it, in the browser's calendar. */
export function toLocalDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The instant a datetime-local value names in the browser's time zone, or null when incomplete. */
export function fromLocalInput(value: string): string | null {
  const date = new Date(value);
  return value && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}
