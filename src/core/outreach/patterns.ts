// Building blocks for the rule patterns. JavaScript's \b only knows ASCII letters, so "résumé"
// and "Zoë" need Unicode-aware word edges; apostrophes come straight (') or curly (’).

/** Start of a word. */
export const B = '(?<![\\p{L}\\p{N}])';
/** End of a word. */
export const E = '(?![\\p{L}\\p{N}])';
/** An apostrophe as typed on any keyboard. */
export const A = "['’]";

/** A global, case-insensitive, Unicode pattern from alternatives, each matched as whole words. */
export function words(alternatives: string[]): RegExp {
  return new RegExp(`${B}(?:${alternatives.join('|')})${E}`, 'giu');
}

/** Every match of a global pattern in text[start, end), as spans with the matched text. */
export function matchesIn(
  pattern: RegExp,
  text: string,
  start: number,
  end: number,
): { start: number; end: number; match: RegExpExecArray }[] {
  const found: { start: number; end: number; match: RegExpExecArray }[] = [];
  pattern.lastIndex = start;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const matchEnd = match.index + match[0].length;
    if (matchEnd > end) break;
    found.push({ start: match.index, end: matchEnd, match });
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  return found;
}

// Negation reaches back to the start of its clause: "I'm not looking for a job" but not
// "I'm not sure yet, but I'm looking for a job".
const CLAUSE_BREAK = /[.!?\n,;:()\u2013\u2014]|\sbut\s/giu;
const NEGATION = new RegExp(`${B}(?:not|never|no longer|no|nor|without)${E}|n${A}t${E}`, 'iu');
const NEGATED_AFTER = new RegExp(`^\\s*(?:is|are|was)(?:\\s+not|n${A}t)${E}`, 'iu');

/**
 * Whether the phrase at text[start, end) is denied in its own clause ("I'm not asking for a job"),
 * or within itself ("you're not hiring") unless `inside` is false ("long time no see").
 */
export function isNegated(text: string, start: number, end: number, inside = true): boolean {
  const from = Math.max(0, start - 60);
  const before = text.slice(from, start);
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) {
    clauseStart = m.index + m[0].length;
  }
  return (
    NEGATION.test(before.slice(clauseStart)) ||
    (inside && NEGATION.test(text.slice(start, end))) ||
    NEGATED_AFTER.test(text.slice(end, end + 40))
  );
}
