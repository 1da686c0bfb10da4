import { z } from 'zod';
import { AppError } from './errors';
import { foldText } from './text';
import { idNumber } from './validation';

/** What the cadence suggests at a step when a request has had no reply. */
export const CADENCE_STEP_ACTIONS = ['follow_up', 'ask_second_person'] as const;
export type CadenceStepAction = (typeof CADENCE_STEP_ACTIONS)[number];

/**
 * The method settings every rule reads its numbers from: outreach checks, the no-reply cadence
 * (in business days, skipping weekends and the country's public holidays), meeting length and
 * the follow-through windows. Never hard-coded elsewhere.
 */
export const PlaybookSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{2,60}$/, 'an id of lower-case letters, digits and dashes'),
    name: z.string().min(1).max(100),
    builtIn: z.boolean(),
    /** A copy's version, raised by every change to it; the built-ins never change and have none. */
    version: idNumber().optional(),
    outreach: z.object({
      /** Requests longer than this many words get a `word-limit` finding. */
      wordLimit: z.number().int().min(20).max(1000),
      /** LinkedIn connection notes: 300 characters, 200 on free accounts. */
      linkedinNoteLimit: z.number().int().min(50).max(1000),
      /** The smallest and largest time ask (minutes) that counts as "a small amount of time". */
      timeAskMinutes: z.object({ min: z.number().int().min(1), max: z.number().int().max(120) }),
    }),
    cadence: z.object({
      /** ISO 3166-1 alpha-2 country whose public holidays are not business days; null = weekends only. */
      holidaysCountry: z
        .string()
        .regex(/^[A-Z]{2}$/, 'a two-letter country code in capitals, such as US or GB, or null')
        .nullable(),
      /** Counted in business days from the request being sent, in order. */
      steps: z
        .array(
          z.object({
            afterBusinessDays: z.number().int().min(1).max(60),
            action: z.enum(CADENCE_STEP_ACTIONS),
          }),
        )
        .min(1)
        .max(6),
      /** Business days after the last step with still no reply before the interview becomes `no_reply`. */
      giveUpAfterBusinessDays: z.number().int().min(1).max(60),
    }),
    /** The time to ask for and to plan questions for, in minutes. */
    defaultDurationMinutes: z.number().int().min(5).max(120),
    /** A thank-you is due within this many hours after the conversation. */
    thankYouWithinHours: z.number().int().min(1).max(168),
    /** A keep-in-touch note is suggested this many weeks after the last interaction of any kind. */
    keepInTouchWeeks: z.number().int().min(1).max(104),
  })
  .superRefine((playbook, issues) => {
    // Rules that disagree would make the drafts fail their own check and the checker talk nonsense.
    const { min, max } = playbook.outreach.timeAskMinutes;
    if (min > max) {
      issues.addIssue({
        code: 'custom',
        path: ['outreach', 'timeAskMinutes', 'max'],
        message: `the longest time ask (${max} minutes) is shorter than the shortest (${min}); make it at least ${min}, or lower the shortest`,
      });
    } else if (playbook.defaultDurationMinutes < min || playbook.defaultDurationMinutes > max) {
      issues.addIssue({
        code: 'custom',
        path: ['defaultDurationMinutes'],
        message: `drafts ask for this many minutes, so it must lie within the time ask (${min}–${max} minutes); change one or the other`,
      });
    }
  });
export type Playbook = z.infer<typeof PlaybookSchema>;

/** Short asks, and the "3B7" routine: a second person at the organization after 3 business days, one follow-up after 7. */
export const TWO_HOUR_JOB_SEARCH: Playbook = {
  id: 'two-hour-job-search',
  name: 'Two-hour job search (3B7)',
  builtIn: true,
  outreach: { wordLimit: 75, linkedinNoteLimit: 300, timeAskMinutes: { min: 10, max: 20 } },
  cadence: {
    holidaysCountry: 'US',
    steps: [
      { afterBusinessDays: 3, action: 'ask_second_person' },
      { afterBusinessDays: 7, action: 'follow_up' },
    ],
    giveUpAfterBusinessDays: 5,
  },
  defaultDurationMinutes: 20,
  thankYouWithinHours: 24,
  keepInTouchWeeks: 8,
};

/** What career centres usually teach: up to 100 words, one follow-up after a week. */
export const CAREER_CENTRE: Playbook = {
  id: 'career-centre',
  name: 'Career centre',
  builtIn: true,
  outreach: { wordLimit: 100, linkedinNoteLimit: 300, timeAskMinutes: { min: 10, max: 30 } },
  cadence: {
    holidaysCountry: 'US',
    steps: [{ afterBusinessDays: 5, action: 'follow_up' }],
    giveUpAfterBusinessDays: 5,
  },
  defaultDurationMinutes: 20,
  thankYouWithinHours: 24,
  keepInTouchWeeks: 12,
};

export const BUILT_IN_PLAYBOOKS: readonly Playbook[] = [TWO_HOUR_JOB_SEARCH, CAREER_CENTRE];
export const DEFAULT_PLAYBOOK_ID = TWO_HOUR_JOB_SEARCH.id;

export function builtInPlaybook(id: string): Playbook | undefined {
  return BUILT_IN_PLAYBOOKS.find((playbook) => playbook.id === id);
}

/** Every playbook the user can choose: the built-ins, then their own copies. */
export type PlaybookChoice = {
  all: Playbook[];
  /** The one new interviews start with, and the one an interview falls back to. */
  active: Playbook;
};

/**
 * The user's playbooks and the active one. A stored active id that no longer names a playbook
 * means the default, so a missing row never breaks Today.
 */
export function choosePlaybook(own: readonly Playbook[], activeId: string | null): PlaybookChoice {
  const all = [...BUILT_IN_PLAYBOOKS, ...own];
  const active =
    all.find((playbook) => playbook.id === activeId) ?? builtInPlaybook(DEFAULT_PLAYBOOK_ID)!;
  return { all, active };
}

/** The playbook an interview follows: its own while it exists, else the active one (decision 10). */
export function playbookForInterview(choice: PlaybookChoice, playbookId: string | null): Playbook {
  return choice.all.find((playbook) => playbook.id === playbookId) ?? choice.active;
}

/** The playbook `id` names, the active one when none is named, or `invalid_input` listing them. */
export function namedPlaybook(choice: PlaybookChoice, id?: string): Playbook {
  if (id === undefined) return choice.active;
  const found = choice.all.find((playbook) => playbook.id === id);
  if (!found) {
    throw new AppError(
      'invalid_input',
      `There is no playbook "${id}"; the playbooks are ${choice.all.map((p) => p.id).join(', ')}.`,
    );
  }
  return found;
}

export const PlaybookCopyInputSchema = z.strictObject({
  copyOf: z.string().min(1).max(60),
  name: z.string().trim().min(1).max(100).optional(),
});

/** A change to a user's copy: any top-level field, and any part of `outreach` or `cadence`. */
export const PlaybookPatchSchema = z.strictObject({
  /** The version the change was made from; a copy changed since is refused with `conflict`. */
  version: idNumber().optional(),
  name: z.string().trim().min(1).max(100).optional(),
  outreach: PlaybookSchema.shape.outreach.partial().optional(),
  cadence: PlaybookSchema.shape.cadence.partial().optional(),
  defaultDurationMinutes: PlaybookSchema.shape.defaultDurationMinutes.optional(),
  thankYouWithinHours: PlaybookSchema.shape.thankYouWithinHours.optional(),
  keepInTouchWeeks: PlaybookSchema.shape.keepInTouchWeeks.optional(),
});
export type PlaybookPatch = z.infer<typeof PlaybookPatchSchema>;

/** The copy with the change applied; the caller validates the result with `PlaybookSchema`. */
export function patchPlaybook(current: Playbook, patch: PlaybookPatch): unknown {
  return {
    ...current,
    ...patch,
    outreach: { ...current.outreach, ...patch.outreach },
    cadence: { ...current.cadence, ...patch.cadence },
    id: current.id,
    builtIn: false,
    version: current.version,
  };
}

/**
 * An id for a copy named `name`: its words in lower case joined by dashes, then -2, -3 … until
 * it names neither a built-in playbook nor one in `taken`.
 */
export function playbookIdFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    foldText(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'playbook';
  const free = (id: string) => id.length >= 2 && !taken.has(id) && !builtInPlaybook(id);
  if (free(base)) return base;
  for (let n = 2; ; n++) if (free(`${base}-${n}`)) return `${base}-${n}`;
}
