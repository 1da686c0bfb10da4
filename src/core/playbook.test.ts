import { describe, expect, test } from 'vitest';
import { AppError } from './errors';
import {
  BUILT_IN_PLAYBOOKS,
  CAREER_CENTRE,
  choosePlaybook,
  namedPlaybook,
  PlaybookSchema,
  playbookForInterview,
  TWO_HOUR_JOB_SEARCH,
  type Playbook,
} from './playbook';

const copy: Playbook = { ...CAREER_CENTRE, id: 'terse', name: 'Terse', builtIn: false };

describe('playbook rules', () => {
  test('the built-ins satisfy their own schema', () => {
    for (const playbook of BUILT_IN_PLAYBOOKS)
      expect(PlaybookSchema.parse(playbook)).toEqual(playbook);
  });

  test('a time ask whose longest is shorter than its shortest is refused', () => {
    const result = PlaybookSchema.safeParse({
      ...copy,
      outreach: { ...copy.outreach, timeAskMinutes: { min: 60, max: 5 } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['outreach', 'timeAskMinutes', 'max'] });
  });

  test('the default duration must be a time the checker accepts', () => {
    for (const minutes of [5, 40]) {
      const result = PlaybookSchema.safeParse({ ...copy, defaultDurationMinutes: minutes });
      expect(result.error?.issues[0]).toMatchObject({ path: ['defaultDurationMinutes'] });
    }
    expect(PlaybookSchema.safeParse({ ...copy, defaultDurationMinutes: 30 }).success).toBe(true);
  });
});

describe('choosing a playbook', () => {
  test('the active one is the stored choice while it exists, else the default', () => {
    expect(choosePlaybook([copy], 'terse').active).toBe(copy);
    expect(choosePlaybook([], 'terse').active).toBe(TWO_HOUR_JOB_SEARCH);
    expect(choosePlaybook([copy], null).all.map((p) => p.id)).toEqual([
      'two-hour-job-search',
      'career-centre',
      'terse',
    ]);
  });

  test('an interview follows its own playbook, and the active one when its own is gone', () => {
    const choice = choosePlaybook([copy], 'career-centre');
    expect(playbookForInterview(choice, 'terse')).toBe(copy);
    expect(playbookForInterview(choice, 'deleted-copy')).toBe(CAREER_CENTRE);
    expect(playbookForInterview(choice, null)).toBe(CAREER_CENTRE);
  });

  test('a named playbook must exist; the error lists the ones that do', () => {
    const choice = choosePlaybook([copy], null);
    expect(namedPlaybook(choice)).toBe(TWO_HOUR_JOB_SEARCH);
    expect(namedPlaybook(choice, 'terse')).toBe(copy);
    expect(() => namedPlaybook(choice, 'nope')).toThrow(
      new AppError(
        'invalid_input',
        'There is no playbook "nope"; the playbooks are two-hour-job-search, career-centre, terse.',
      ),
    );
  });
});
