import { describe, expect, test } from 'vitest';
import { isAppError } from './errors';
import { allowedNextStages, assertTransition, INTERVIEW_STAGES } from './interview';
import { ExplorationInputSchema, TodayQuerySchema } from './interview-input';
import { parseInput } from './validation';

describe('interview stages', () => {
  test.each([
    ['idea', 'asked'],
    ['asked', 'agreed'],
    ['agreed', 'scheduled'],
    ['scheduled', 'held'],
    ['held', 'closed'],
    ['asked', 'no_reply'],
    ['no_reply', 'agreed'],
    ['asked', 'declined'],
    ['scheduled', 'cancelled'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  test.each([
    ['idea', 'held'],
    ['closed', 'asked'],
    ['held', 'asked'],
    ['asked', 'scheduled'],
  ] as const)('refuses %s → %s with invalid_transition and the possible moves', (from, to) => {
    const error = (() => {
      try {
        assertTransition(from, to);
      } catch (caught) {
        return caught;
      }
    })();
    expect(isAppError(error) && error.code).toBe('invalid_transition');
    expect(isAppError(error) && error.message).toContain(`from ${from}`);
  });

  test('every stage but closed has somewhere to go, and no stage leads to itself', () => {
    for (const stage of INTERVIEW_STAGES) {
      expect(allowedNextStages(stage)).not.toContain(stage);
      if (stage !== 'closed') expect(allowedNextStages(stage).length).toBeGreaterThan(0);
    }
  });
});

describe('interview inputs', () => {
  const issues = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return isAppError(error) ? error.issues : [];
    }
    return [];
  };

  const AS_OF_EXPECTED =
    'a day written YYYY-MM-DD, or an instant with its offset such as 2026-03-02T09:00:00Z';

  test('a bad exploration or agenda day says which field and what to write', () => {
    expect(issues(() => parseInput(ExplorationInputSchema, { title: ' ' }, 'exploration'))).toEqual(
      [
        { path: 'title', message: 'a title is required, e.g. "UX research in healthcare"' },
        { path: 'kind', message: 'one of field, role, industry, organization' },
      ],
    );
    expect(
      issues(() => parseInput(TodayQuerySchema, { asOf: '2026-13-45' }, 'agenda query')),
    ).toEqual([{ path: 'asOf', message: AS_OF_EXPECTED }]);
    // A time without an offset names no single moment.
    expect(
      issues(() => parseInput(TodayQuerySchema, { asOf: '2026-03-02T09:00' }, 'agenda query')),
    ).toEqual([{ path: 'asOf', message: AS_OF_EXPECTED }]);
    expect(
      parseInput(TodayQuerySchema, { asOf: '2026-03-02T09:00:00+01:00' }, 'agenda query'),
    ).toEqual({ asOf: '2026-03-02T09:00:00+01:00' });
  });
});
