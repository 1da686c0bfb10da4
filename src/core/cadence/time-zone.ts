import { AppError } from '../errors';
import { fromDayNumber, toDayNumber } from './local-date';
import type { Instant, LocalDate } from './types';

const DAY_MS = 86_400_000;
/** Offsets of whole UTC days, per zone; a day holding a clock change is stored as null. */
const MAX_CACHED_DAYS = 50_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const dayOffsets = new Map<string, Map<number, number | null>>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Throws `invalid_input` unless the runtime knows this IANA time zone. */
export function assertTimeZone(timeZone: string): void {
  try {
    formatter(timeZone);
  } catch {
    throw new AppError(
      'invalid_input',
      `Unknown time zone "${timeZone}": use an IANA name such as Europe/Berlin`,
      { issues: [{ path: 'timeZone', message: 'not an IANA time zone' }] },
    );
  }
}

/** Milliseconds to add to UTC to read the wall clock, asked of Intl directly. */
function exactOffset(ms: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    (fields.hour ?? 0) % 24,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The zone's offset at an instant. Intl is slow (microseconds a call) and the agenda converts
 * tens of thousands of instants, so a UTC day whose first and last second share an offset is
 * remembered as having no clock change; only instants on change days ask Intl each time.
 */
export function offsetAt(ms: number, timeZone: string): number {
  let zone = dayOffsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    dayOffsets.set(timeZone, zone);
  }
  const day = Math.floor(ms / DAY_MS);
  let offset = zone.get(day);
  if (offset === undefined) {
    const first = exactOffset(day * DAY_MS, timeZone);
    const last = exactOffset(day * DAY_MS + DAY_MS - 1000, timeZone);
    offset = first === last ? first : null;
    if (zone.size >= MAX_CACHED_DAYS) zone.clear();
    zone.set(day, offset);
  }
  return offset ?? exactOffset(ms, timeZone);
}

/** The local calendar day on which an instant falls in the zone. */
export function localDateOf(instant: Instant | number, timeZone: string): LocalDate {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return fromDayNumber(Math.floor((ms + offsetAt(ms, timeZone)) / DAY_MS));
}

/**
 * The first instant of a local day. Usually local midnight; where a clock change skips midnight
 * (America/Santiago in September) it is the moment the clocks jump, and where midnight happens
 * twice it is the earlier one. Candidates come from the offsets in force a day either side.
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): Instant {
  const wall = toDayNumber(date) * DAY_MS;
  const offsets = new Set([
    offsetAt(wall - DAY_MS, timeZone),
    offsetAt(wall, timeZone),
    offsetAt(wall + DAY_MS, timeZone),
  ]);
  let start = Number.POSITIVE_INFINITY;
  for (const offset of offsets) {
    const candidate = wall - offset;
    if (candidate < start && localDateOf(candidate, timeZone) === date) start = candidate;
  }
  // Only a day the zone skipped entirely (Pacific/Apia, 2011-12-30) has no candidate.
  if (!Number.isFinite(start)) start = wall - offsetAt(wall, timeZone);
  return new Date(start).toISOString();
}
