import { addDays, fromDayNumber, toDayNumber, weekdayOf } from './local-date';
import type { HolidayLookup, LocalDate } from './types';

/** Saturday and Sunday; countries with another weekend are not modelled yet. */
function isWeekend(date: LocalDate): boolean {
  return isWeekendDay(toDayNumber(date));
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
  // Counted in day numbers: a weekend needs no date written out, only a weekday's holiday check.
  let day = toDayNumber(date);
  while (remaining > 0) {
    day += step;
    if (!isWeekendDay(day) && !holidays.has(fromDayNumber(day))) remaining -= 1;
  }
  return fromDayNumber(day);
}

/** Whether a day number falls on Saturday or Sunday. */
function isWeekendDay(day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
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
  if (isBusinessDay(date, holidays)) return date;
  let day = toDayNumber(date) + 1;
  while (isWeekendDay(day) || holidays.has(fromDayNumber(day))) day += 1;
  return fromDayNumber(day);
}
