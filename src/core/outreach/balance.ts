import { A, matchesIn, words } from './patterns';
import type { Finding, RuleContext } from './types';

const SELF = words(['i', `i${A}(?:m|ve|d|ll)`, 'me', 'my', 'mine', 'myself']);
// "Thank you" is a formula, not attention to the reader.
const OTHER = words(['(?<!thank\\s)you', `you${A}(?:re|ve|d|ll)`, 'your', 'yours', 'yourself']);

// A request naturally says "I" more than "you"; only a heavy tilt is worth a note. These shape
// the reading of a text, not the method, so they are the checker's own and not playbook settings.
const SELF_FOCUS_RATIO = 3;
const MIN_SELF_MENTIONS = 5;

/** `about-them`: the request is more about the reader than about the writer. */
export function checkAboutThem({ text, layout }: RuleContext, findings: Finding[]): void {
  const { start, end } = layout.body;
  const self = matchesIn(SELF, text, start, end).length;
  const other = matchesIn(OTHER, text, start, end).length;
  if (self < MIN_SELF_MENTIONS || self < SELF_FOCUS_RATIO * Math.max(other, 1)) return;
  findings.push({
    rule: 'about-them',
    severity: 'info',
    message: `People respond warmly to a request that is about them, and this one mostly talks about you (${self} times “I”, “me” or “my”, ${other} times “you”).`,
    start,
    end,
    suggestion:
      'Turn one sentence about yourself into one about them, e.g. what caught your eye in their work or path.',
  });
}
