import Holidays from 'date-holidays';
import { addDays } from './local-date';
import type { HolidayLookup, LocalDate } from './types';

const DAY_MS = 86_400_000;
const NO_HOLIDAYS: ReadonlySet<LocalDate> = new Set();
const cache = new Map<string, ReadonlySet<LocalDate>>();
let countries: ReadonlySet<string> | undefined;

/** Whether the holiday data knows this country (ISO 3166-1 alpha-2). */
export function isHolidayCountry(country: string): boolean {
  countries ??= new Set(Object.keys(new Holidays().getCountries()));
  return countries.has(country);
}

/**
 * The official public holidays of a country (ISO 3166-1 alpha-2) in a year, from the maintained
 * `date-holidays` data, including substitute days ("observed" 4 July on a Friday). Bank holidays,
 * optional days and observances are working days. An unknown country has none.
 */
export function holidaysFor(country: string, year: number): ReadonlySet<LocalDate> {
  const key = `${country}:${year}`;
  let days = cache.get(key);
  if (!days) {
    days = collect(country, year);
    cache.set(key, days);
  }
  return days;
}

function collect(country: string, year: number): ReadonlySet<LocalDate> {
  const days = new Set<LocalDate>();
  // An unknown country gives no holidays rather than failing.
  for (const holiday of new Holidays(country).getHolidays(year)) {
    if (holiday.type !== 'public') continue;
    // `date` is the country's own wall-clock day; a few holidays last longer than one day.
    const first = holiday.date.slice(0, 10);
    const length = Math.max(
      1,
      Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS),
    );
    for (let i = 0; i < length; i += 1) days.add(addDays(first, i));
  }
  return days;
}

/** A lookup across years for the playbook's country; null means weekends only. */
export function holidayCalendar(country: string | null): HolidayLookup {
  if (!country) return NO_HOLIDAYS;
  return { has: (date) => holidaysFor(country, Number(date.slice(0, 4))).has(date) };
}
