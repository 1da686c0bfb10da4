import { describe, expect, test } from 'vitest';
import { addBusinessDays, businessDayOnOrAfter, businessDaysBetween } from './business-days';
import { holidayCalendar, holidaysFor } from './holidays';
import { keepInTouchBands, keepInTouchDue } from './keep-in-touch';
import { addDays, dayOfWeek, fromDayNumber, isLocalDate, toDayNumber } from './local-date';

const none = new Set<string>();
const us = holidayCalendar('US');

describe('addBusinessDays', () => {
  test.each([
    ['a Monday plus 3 stays in the week', '2026-03-02', 3, none, '2026-03-05'],
    ['a Thursday plus 3 skips the weekend', '2026-03-05', 3, none, '2026-03-10'],
    ['a Saturday plus 1 is the Monday', '2026-03-07', 1, none, '2026-03-09'],
    ['a Sunday plus 3 counts from Monday', '2026-03-08', 3, none, '2026-03-11'],
    ['zero keeps the day, even a Saturday', '2026-03-07', 0, none, '2026-03-07'],
    ['minus 2 from a Tuesday is the Friday before', '2026-03-10', -2, none, '2026-03-06'],
    ['skips US Thanksgiving but not the day after', '2026-11-24', 3, us, '2026-11-30'],
    ['skips 3 July 2026, when the 4th falls on a Saturday', '2026-07-01', 3, us, '2026-07-07'],
    [
      'skips Good Friday and Easter Monday in Germany',
      '2026-04-01',
      3,
      holidayCalendar('DE'),
      '2026-04-08',
    ],
    ['counts Good Friday in the US', '2026-04-01', 3, us, '2026-04-06'],
    [
      'skips the substitute Boxing Day in Britain',
      '2026-12-23',
      3,
      holidayCalendar('GB'),
      '2026-12-30',
    ],
    ['crosses the year through New Year (US)', '2026-12-30', 2, us, '2027-01-04'],
    [
      'uses whatever days a plain set names',
      '2026-03-02',
      2,
      new Set(['2026-03-03']),
      '2026-03-05',
    ],
  ])('%s', (_, start, n, holidays, expected) => {
    expect(addBusinessDays(start, n, holidays)).toBe(expected);
  });
});

describe('businessDaysBetween', () => {
  test.each([
    ['Monday to Thursday', '2026-03-02', '2026-03-05', none, 3],
    ['Friday to Monday', '2026-03-06', '2026-03-09', none, 1],
    ['the same day', '2026-03-06', '2026-03-06', none, 0],
    ['backwards is negative', '2026-03-09', '2026-03-06', none, -1],
    ['Thanksgiving week in the US', '2026-11-23', '2026-11-30', us, 4],
  ])('%s', (_, from, to, holidays, expected) => {
    expect(businessDaysBetween(from, to, holidays)).toBe(expected);
  });

  test('undoes addBusinessDays across a year of US days', () => {
    for (let n = 0; n <= 15; n += 1) {
      const end = addBusinessDays('2026-11-20', n, us);
      expect(businessDaysBetween('2026-11-20', end, us)).toBe(n);
    }
  });
});

test('businessDayOnOrAfter rolls a holiday weekend to the next working day', () => {
  expect(businessDayOnOrAfter('2026-07-03', us)).toBe('2026-07-06');
  expect(businessDayOnOrAfter('2026-07-06', us)).toBe('2026-07-06');
});

describe('holidaysFor', () => {
  test('lists official US public holidays, observed days included', () => {
    const days = holidaysFor('US', 2026);
    expect(days.has('2026-11-26')).toBe(true);
    expect(days.has('2026-07-03')).toBe(true);
    expect(days.has('2026-12-25')).toBe(true);
  });

  test('leaves out observances, bank and optional days', () => {
    expect(holidaysFor('US', 2026).has('2026-11-27')).toBe(false); // day after Thanksgiving
    expect(holidaysFor('US', 2026).has('2026-02-14')).toBe(false); // Valentine's Day
    expect(holidaysFor('US', 2026).has('2026-12-24')).toBe(false); // optional
    expect(holidaysFor('DE', 2026).has('2026-12-24')).toBe(false); // bank
    expect(holidaysFor('DE', 2026).has('2026-10-03')).toBe(true);
  });

  test('answers the same set again without recomputing it', () => {
    expect(holidaysFor('GB', 2027)).toBe(holidaysFor('GB', 2027));
  });

  test('gives an unknown country no holidays rather than failing', () => {
    expect(holidaysFor('XX', 2026).size).toBe(0);
    expect(holidayCalendar(null).has('2026-12-25')).toBe(false);
  });

  test('every holiday is a real calendar day', () => {
    for (const day of holidaysFor('US', 2026)) expect(isLocalDate(day)).toBe(true);
  });
});

test('dayOfWeek knows 2026-03-02 is a Monday and dates before 1970 too', () => {
  expect(dayOfWeek('2026-03-02')).toBe(1);
  expect(dayOfWeek('1969-12-28')).toBe(0);
});

test('day numbers and dates agree with the platform calendar from 1900 to 2200', () => {
  const wrong: string[] = [];
  for (let n = toDayNumber('1900-01-01'); n <= toDayNumber('2200-12-31'); n += 1) {
    const expected = new Date(n * 86_400_000).toISOString().slice(0, 10);
    if (fromDayNumber(n) !== expected) wrong.push(`${n}: ${fromDayNumber(n)} ≠ ${expected}`);
  }
  expect(wrong.slice(0, 5)).toEqual([]);
});

describe('keep-in-touch bands', () => {
  const holidays = new Set(['2026-04-03']); // a Friday
  test('each status is a range of last-touch days, checked day by day against the due day', () => {
    for (const today of ['2026-05-13', '2026-05-16', '2026-05-17', '2026-05-18', '2026-05-29']) {
      const horizon = addDays(today, 14);
      const bands = keepInTouchBands(today, horizon, 6, holidays);
      for (let since = '2026-03-01'; since <= '2026-05-10'; since = addDays(since, 1)) {
        const due = keepInTouchDue(since, 6, holidays);
        const band =
          since <= bands.overdue
            ? 'overdue'
            : since <= bands.today
              ? 'today'
              : since <= bands.horizon
                ? 'upcoming'
                : 'later';
        const status =
          due < today ? 'overdue' : due === today ? 'today' : due <= horizon ? 'upcoming' : 'later';
        expect([today, since, band]).toEqual([today, since, status]);
      }
    }
  });
});
