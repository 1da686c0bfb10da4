import { expect, test } from 'vitest';
import { toMs } from './context';

/** What Date.parse makes of a text, as toMs reports it. */
const parsed = (text: string) => {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
};

test('toMs reads stored instants exactly as Date.parse does, across years and every hour', () => {
  let ms = Date.parse('1999-12-31T23:59:59.999Z');
  const end = Date.parse('2031-01-01T00:00:00.000Z');
  let checked = 0;
  while (ms < end) {
    const text = new Date(ms).toISOString();
    expect(toMs(text)).toBe(ms);
    // An odd step, so minutes, seconds and milliseconds all vary.
    ms += 3_599_937;
    checked += 1;
  }
  expect(checked).toBeGreaterThan(80_000);
});

test('toMs leaves what is not a stored instant to Date.parse, and rejects what it rejects', () => {
  for (const text of [
    '2026-03-02T09:00:00Z',
    '2026-03-02T10:00:00.000+01:00',
    '2026-03-02',
    '2026-02-31T00:00:00.000Z',
    '2026-01-01T24:00:00.000Z',
    '2026-13-01T00:00:00.000Z',
    '2026-00-10T00:00:00.000Z',
    '2026-01-00T00:00:00.000Z',
    '2026-01-01T23:60:00.000Z',
    '2026-01-01T23:59:60.000Z',
    '2026-0a-01T00:00:00.000Z',
    '2026-01-01T00:00:00.00xZ',
    '+02026-01-01T00:00:00.000Z',
    '0026-03-02T09:00:00.000Z',
    '0099-12-31T23:59:59.999Z',
    '0100-01-01T00:00:00.000Z',
    'not an instant at all....',
    '',
  ]) {
    expect(toMs(text), text).toBe(parsed(text));
  }
  expect(toMs(null)).toBeNull();
});
