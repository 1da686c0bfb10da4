import { checkOutreach } from '../check';
import type { CheckOptions, Finding, RuleId } from '../types';

/** A finding of the checker, or a gap of the template the user has not filled in yet. */
export type DraftFinding = Omit<Finding, 'rule'> & { rule: RuleId | 'unfilled-gap' };

// "[what you admire about their work]": brackets around words, on one line. Brackets around a
// number alone ("[1]") are the writer's own, not ours.
const GAP = /\[(?=[^\]\n]*\p{L})[^[\]\n]{2,120}\]/gu;

/** Every gap left in the text, in order. */
export function unfilledGaps(text: string): DraftFinding[] {
  return [...text.matchAll(GAP)].map((match) => ({
    rule: 'unfilled-gap',
    severity: 'error',
    message: `${match[0]} is a gap in the template; the message would go out with the brackets in it.`,
    start: match.index,
    end: match.index + match[0].length,
    suggestion: 'Replace the brackets and the words inside with your own, or delete them.',
  }));
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** What the composer shows: unfilled gaps and the checker's findings, errors first, then by position. */
export function checkDraft(text: string, options: CheckOptions): DraftFinding[] {
  return [...unfilledGaps(text), ...checkOutreach(text, options)].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || a.start - b.start,
  );
}
