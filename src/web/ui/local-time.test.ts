import { describe, expect, test } from 'vitest';
import { fromLocalInput, toLocalInput } from './local-time';

describe('datetime-local values on the wall clock of a time zone', () => {
  test('reads and writes the zone’s clock on both sides of a clock change', () => {
    expect(fromLocalInput('2026-03-07T09:00', 'America/New_York')).toBe('2026-03-07T14:00:00.000Z');
    expect(fromLocalInput('2026-03-09T09:00', 'America/New_York')).toBe('2026-03-09T13:00:00.000Z');
    expect(toLocalInput(new Date('2026-03-09T13:00:00.000Z'), 'America/New_York')).toBe(
      '2026-03-09T09:00',
    );
    expect(toLocalInput(new Date('2026-07-01T23:30:00.000Z'), 'Asia/Kolkata')).toBe(
      '2026-07-02T05:00',
    );
  });

  test('an incomplete or impossible value names no instant', () => {
    expect(fromLocalInput('', 'Europe/Lisbon')).toBeNull();
    expect(fromLocalInput('2026-03-10', 'Europe/Lisbon')).toBeNull();
    expect(fromLocalInput('2026-02-31T10:00', 'Europe/Lisbon')).toBeNull();
  });
});
