import type { z } from 'zod';
import { PlaybookSchema, type Playbook, type PlaybookPatch } from '#core/playbook';

/** What the editor holds: numbers as typed, so a half-typed or empty field is never lost. */
export type PlaybookDraft = {
  name: string;
  wordLimit: number | string;
  linkedinNoteLimit: number | string;
  holidaysCountry: string | null;
  steps: { afterBusinessDays: number | string; action: 'follow_up' | 'ask_second_person' }[];
  giveUpAfterBusinessDays: number | string;
  defaultDurationMinutes: number | string;
  thankYouWithinHours: number | string;
  keepInTouchWeeks: number | string;
};

/** Field name → the problem to show under it; step fields are `steps.0.afterBusinessDays`. */
export type DraftErrors = Record<string, string>;

export function toDraft(playbook: Playbook): PlaybookDraft {
  return {
    name: playbook.name,
    wordLimit: playbook.outreach.wordLimit,
    linkedinNoteLimit: playbook.outreach.linkedinNoteLimit,
    holidaysCountry: playbook.cadence.holidaysCountry,
    steps: playbook.cadence.steps.map((step) => ({ ...step })),
    giveUpAfterBusinessDays: playbook.cadence.giveUpAfterBusinessDays,
    defaultDurationMinutes: playbook.defaultDurationMinutes,
    thankYouWithinHours: playbook.thankYouWithinHours,
    keepInTouchWeeks: playbook.keepInTouchWeeks,
  };
}

const number = (value: number | string) => (value === '' ? undefined : Number(value));

/** The draft as a whole playbook, checked by the same schema the server uses. */
function candidate(base: Playbook, draft: PlaybookDraft): unknown {
  return {
    ...base,
    name: draft.name.trim(),
    outreach: {
      ...base.outreach,
      wordLimit: number(draft.wordLimit),
      linkedinNoteLimit: number(draft.linkedinNoteLimit),
    },
    cadence: {
      holidaysCountry: draft.holidaysCountry,
      steps: draft.steps.map((step) => ({
        ...step,
        afterBusinessDays: number(step.afterBusinessDays),
      })),
      giveUpAfterBusinessDays: number(draft.giveUpAfterBusinessDays),
    },
    defaultDurationMinutes: number(draft.defaultDurationMinutes),
    thankYouWithinHours: number(draft.thankYouWithinHours),
    keepInTouchWeeks: number(draft.keepInTouchWeeks),
  };
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array'
        ? 'Keep at least one step'
        : issue.origin === 'string'
          ? 'Give it a name'
          : `At least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? 'At most six steps' : `At most ${String(issue.maximum)}`;
    case 'invalid_type':
      return 'Enter a whole number';
    default:
      return issue.code === 'custom' ? issue.message : 'Enter a whole number';
  }
}

/** Where the server's paths land in the form: `outreach.wordLimit` → `wordLimit`. */
export function fieldOf(path: string): string {
  return path.replace(/^(outreach|cadence)\./, '');
}

/** The change to send, or the problems that hold it back. */
export function checkDraft(
  base: Playbook,
  draft: PlaybookDraft,
): { patch: PlaybookPatch; errors?: undefined } | { patch?: undefined; errors: DraftErrors } {
  const parsed = PlaybookSchema.safeParse(candidate(base, draft));
  if (!parsed.success) {
    const errors: DraftErrors = {};
    for (const issue of parsed.error.issues) {
      errors[fieldOf(issue.path.map(String).join('.'))] ??= plainMessage(issue);
    }
    return { errors };
  }
  const { name, outreach, cadence, defaultDurationMinutes, thankYouWithinHours, keepInTouchWeeks } =
    parsed.data;
  return {
    patch: {
      name,
      outreach: { wordLimit: outreach.wordLimit, linkedinNoteLimit: outreach.linkedinNoteLimit },
      cadence,
      defaultDurationMinutes,
      thankYouWithinHours,
      keepInTouchWeeks,
    },
  };
}
