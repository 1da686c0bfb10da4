import type { TargetKind } from '#core/target';

/** Posting 0–3 in words short enough for a segmented control on a phone. */
export const POSTING_OPTIONS = [
  { value: '0', label: 'None' },
  { value: '1', label: 'Maybe' },
  { value: '2', label: 'Related' },
  { value: '3', label: 'Fits' },
];

export const POSTING_HELP =
  'Is a job posted there? None, maybe, a related one, or one that fits you.';

export const MOTIVATION_WORDS = ['', 'Curious', 'Interested', 'Keen', 'Very keen', 'Dream'];

export const KIND_LABELS: Record<TargetKind, string> = {
  organization: 'Organization',
  role: 'Role',
  field: 'Field',
};

export function advocacyText(advocacy: number): string {
  if (advocacy === 0) return 'no one you know yet';
  return advocacy === 1 ? '1 person you know' : `${advocacy.toLocaleString()} people you know`;
}
