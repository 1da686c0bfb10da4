import { describe, expect, test } from 'vitest';
import { isAppError } from '../errors';
import { assertTimeZone, localDateOf, startOfLocalDay } from './time-zone';

describe('localDateOf', () => {
  test.each([
    [
      'a late evening in Los Angeles is still that day there',
      '2026-03-06T05:30:00Z',
      'America/Los_Angeles',
      '2026-03-05',
    ],
    ['the same instant is the next day in UTC', '2026-03-06T05:30:00Z', 'UTC', '2026-03-06'],
    [
      'early morning in Auckland is a day ahead of UTC',
      '2026-03-05T12:30:00Z',
      'Pacific/Auckland',
      '2026-03-06',
    ],
    ['Kolkata counts its half-hour offset', '2026-03-05T18:29:00Z', 'Asia/Kolkata', '2026-03-05'],
    ['Kolkata one minute later', '2026-03-05T18:30:00Z', 'Asia/Kolkata', '2026-03-06'],
    [
      'New York just before the spring change (01:59 EST)',
      '2026-03-08T06:59:00Z',
      'America/New_York',
      '2026-03-08',
    ],
    [
      'New York 23:59 EDT on the change day',
      '2026-03-09T03:59:00Z',
      'America/New_York',
      '2026-03-08',
    ],
    [
      'New York midnight EDT the day after',
      '2026-03-09T04:00:00Z',
      'America/New_York',
      '2026-03-09',
    ],
    [
      'Berlin 00:30 CEST right after the spring change',
      '2026-03-29T22:30:00Z',
      'Europe/Berlin',
      '2026-03-30',
    ],
    [
      'Berlin 23:30 CET the night before the change',
      '2026-03-28T22:30:00Z',
      'Europe/Berlin',
      '2026-03-28',
    ],
    ['Berlin autumn change, 23:30 CET', '2026-10-25T22:30:00Z', 'Europe/Berlin', '2026-10-25'],
  ])('%s', (_, instant, zone, expected) => {
    expect(localDateOf(instant, zone)).toBe(expected);
  });
});

describe('startOfLocalDay', () => {
  test.each([
    [
      'Berlin before the change is UTC+1',
      '2026-03-29',
      'Europe/Berlin',
      '2026-03-28T23:00:00.000Z',
    ],
    ['Berlin after the change is UTC+2', '2026-03-30', 'Europe/Berlin', '2026-03-29T22:00:00.000Z'],
    [
      'New York on the change day starts in EST',
      '2026-03-08',
      'America/New_York',
      '2026-03-08T05:00:00.000Z',
    ],
    [
      'New York the day after starts in EDT',
      '2026-03-09',
      'America/New_York',
      '2026-03-09T04:00:00.000Z',
    ],
    [
      'New York in November is back to EST',
      '2026-11-02',
      'America/New_York',
      '2026-11-02T05:00:00.000Z',
    ],
    [
      'Santiago skips midnight: the day starts at 01:00',
      '2026-09-06',
      'America/Santiago',
      '2026-09-06T04:00:00.000Z',
    ],
    [
      'Lord Howe moves by half an hour',
      '2026-04-06',
      'Australia/Lord_Howe',
      '2026-04-05T13:30:00.000Z',
    ],
    ['UTC is plain midnight', '2026-03-02', 'UTC', '2026-03-02T00:00:00.000Z'],
  ])('%s', (_, date, zone, expected) => {
    expect(startOfLocalDay(date, zone)).toBe(expected);
  });

  test('is on the day it names, for every day of 2026 in zones with clock changes', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'America/Santiago', 'Asia/Tehran']) {
      for (let day = 0; day < 365; day += 1) {
        const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
        const start = Date.parse(startOfLocalDay(date, zone));
        expect(localDateOf(start, zone)).toBe(date);
        expect(localDateOf(start - 1000, zone) < date).toBe(true);
      }
    }
  });
});

test('refuses a time zone that is not an IANA name', () => {
  let caught: unknown;
  try {
    assertTimeZone('Mars/Olympus_Mons');
  } catch (error) {
    caught = error;
  }
  expect(isAppError(caught) && caught.code).toBe('invalid_input');
  expect(() => assertTimeZone('Europe/Berlin')).not.toThrow();
});
