import type { Playbook } from '#core/playbook';

const STEP_WORDS = { follow_up: 'follow up', ask_second_person: 'ask a second person' } as const;

/** The method in one line: "Up to 75 words · ask a second person after 3 business days, …". */
export function describePlaybook(playbook: Playbook): string {
  const steps = playbook.cadence.steps
    .map((step) => `${STEP_WORDS[step.action]} after ${step.afterBusinessDays}`)
    .join(', ');
  return [
    `Up to ${playbook.outreach.wordLimit} words`,
    `${steps} business days`,
    `${playbook.defaultDurationMinutes}-minute conversations`,
    `keep in touch every ${playbook.keepInTouchWeeks} weeks`,
  ].join(' · ');
}

export const STEP_OPTIONS = [
  { value: 'follow_up', label: 'Follow up' },
  { value: 'ask_second_person', label: 'Ask someone else there' },
];

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Countries this browser can name, by ISO code, for the holidays setting. Codes Intl does not
 * know come back unchanged, and groupings ("Unknown Region", "European Union") are left out.
 */
export function countryOptions(): { value: string; label: string }[] {
  const names = new Intl.DisplayNames(undefined, { type: 'region', fallback: 'code' });
  const options: { value: string; label: string }[] = [];
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = first + second;
      const name = names.of(code);
      if (!name || name === code || /unknown|union|nations|world/i.test(name)) continue;
      options.push({ value: code, label: `${name} (${code})` });
    }
  }
  return options.sort((a, b) => a.label.localeCompare(b.label));
}
