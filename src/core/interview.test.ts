import { describe, expect, test } from 'vitest';
import { isAppError } from './errors';
import { allowedNextStages, assertTransition, INTERVIEW_STAGES } from './interview';

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
