import { addDays, dayOfWeek } from './local-date';
import type { HolidayLookup, LocalDate } from './types';

/** Saturday and Sunday; countries with another weekend are not modelled yet. */
function isWeekend(date: LocalDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

export function isBusinessDay(date: LocalDate, holidays: HolidayLookup): boolean {
  return !isWeekend(date) && !holidays.has(date);
}

/**
 * The n-th business day after `date` (before it when n is negative); n = 0 gives `date` itself.
 * "3 business days after a Friday request" is the next Wednesday, whatever day `date` is.
 */
export function addBusinessDays(date: LocalDate, n: number, holidays: HolidayLookup): LocalDate {
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(Math.trunc(n));
  let day = date;
  while (remaining > 0) {
    day = addDays(day, step);
    if (isBusinessDay(day, holidays)) remaining -= 1;
  }
  return day;
}

/** Business days in (from, to]; negative when `to` is earlier. Inverse of addBusinessDays for n ≥ 0. */
export function businessDaysBetween(
  from: LocalDate,
  to: LocalDate,
  holidays: HolidayLookup,
): number {
  if (to < from) return -businessDaysBetween(to, from, holidays);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isBusinessDay(day, holidays)) count += 1;
  }
  return count;
}

/** `date` itself when it is a business day, else the next one. */
export function businessDayOnOrAfter(date: LocalDate, holidays: HolidayLookup): LocalDate {
  let day = date;
  while (!isBusinessDay(day, holidays)) day = addDays(day, 1);
  return day;
}
