// dateStyle cannot be combined with timeZoneName, so a meeting's format names its parts.
const STYLES = {
  day: { dateStyle: 'medium' },
  when: { dateStyle: 'medium', timeStyle: 'short' },
  meeting: {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const formats = new Map<string, Intl.DateTimeFormat>();
function format(style: keyof typeof STYLES, iso: string, timeZone: string): string {
  const key = `${style}|${timeZone}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, { ...STYLES[style], timeZone });
    formats.set(key, formatter);
  }
  return formatter.format(new Date(iso));
}
/** "5 Mar 2026", on the calendar of the user's time zone. */
export const formatDay = (iso: string, timeZone: string) => format('day', iso, timeZone);
/** "5 Mar 2026, 14:00" on the user's clock. */
export const formatWhen = (iso: string, timeZone: string) => format('when', iso, timeZone);
/** "5 Mar 2026, 14:00 GMT+1": a meeting's time, with its zone, since the other side has another. */
export const formatMeeting = (iso: string, timeZone: string) => format('meeting', iso, timeZone);
