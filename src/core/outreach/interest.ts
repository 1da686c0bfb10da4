import { A, matchesIn, words } from './patterns';
import type { Finding, RuleContext } from './types';

// Phrases that introduce what the writer is exploring: a field, a role or an organization.
const LEAD = words([
  'exploring',
  'explore',
  'researching',
  '(?<!for\\s)considering',
  'curious\\s+about',
  'interested\\s+in',
  'an\\s+interest\\s+in',
  'passionate\\s+about',
  'fascinated\\s+by',
  'drawn\\s+to',
  'looking\\s+into',
  'thinking\\s+(?:about|of)',
  'pursu(?:e|ing)',
  '(?:transition|pivot|move|switch|shift)(?:ing)?\\s+(?:(?:in)?to|towards?)',
  'a\\s+(?:move|transition|switch|pivot|shift)\\s+(?:(?:in)?to|towards?)',
  '(?:get|getting|break|breaking)\\s+into',
  'chang(?:e|ing)\\s+careers?',
  'career\\s+(?:in|change)',
  'careers\\s+in',
  'future\\s+in',
  'becom(?:e|ing)\\s+(?:a|an)',
  `(?:want|hope|plan|aim|would\\s+like|${A}d\\s+like)\\s+to\\s+work\\s+(?:in|at|on)`,
  'learn(?:ing)?\\s+(?:more\\s+)?about',
  'hear(?:ing)?\\s+(?:more\\s+)?about',
  'ask(?:ing)?\\s+(?:you\\s+)?(?:a\\s+few\\s+questions\\s+|some\\s+questions\\s+)?about',
]);

// Words that say nothing about the field: "learn more about your experience" names no field.
const GENERIC = new Set(
  (
    'a an the and or of in into to for on at with about from more how what why where when who which ' +
    'that this these those it its you your yours yourself me my i we our us their them they he she his her ' +
    'learning learn hearing hear knowing understanding understand getting get being doing do does did ' +
    'career careers path paths journey story work working job jobs role roles field fields industry ' +
    'industries area areas experience experiences advice insights insight perspective perspectives ' +
    'background day days life time things thing options possibilities opportunities opportunity chat ' +
    'chatting talk talking speaking connecting conversation some any new next possibly maybe also really ' +
    'very much so great someone people person company organization organisation team whether would could ' +
    'like love as such well kind kinds types type sort world space move change possible lot bit little ' +
    'few other others similar same request question questions message note email call minutes reading ' +
    'reaching got started start began became chose decided made moved found find enjoy typical look ' +
    'going went ended up day-to-day current currently professional professionally different far now ' +
    'today here there just still ever even'
  ).split(' '),
);
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SENTENCE_STOP = /[.!?\n]/;
const WINDOW_WORDS = 8;

/** Whether a few words after `from` name something specific: "UX research", "paramedicine", "Acme". */
function namesSomething(text: string, from: number, limit: number): boolean {
  let end = Math.min(limit, from + 90);
  const stop = SENTENCE_STOP.exec(text.slice(from, end));
  if (stop) end = from + stop.index;
  TOKEN.lastIndex = from;
  let seen = 0;
  for (let m = TOKEN.exec(text); m && m.index < end && seen < WINDOW_WORDS; m = TOKEN.exec(text)) {
    seen += 1;
    const word = m[0];
    if (/^\p{Lu}/u.test(word) && word !== 'I' && !/^I['’]/.test(word)) return true;
    if (word.length >= 3 && !GENERIC.has(word.toLowerCase())) return true;
  }
  return false;
}

/** `interest-stated`: the request says what the writer is exploring. */
export function checkInterestStated({ text, layout }: RuleContext, findings: Finding[]): void {
  const { start, end } = layout.body;
  for (const lead of matchesIn(LEAD, text, start, end)) {
    if (namesSomething(text, lead.end, end)) return;
  }
  findings.push({
    rule: 'interest-stated',
    severity: 'warning',
    message:
      'Saying what you are exploring lets them see quickly how they can help and what to share.',
    start: 0,
    end: 0,
    suggestion:
      'Add one line naming the field, role or organization, e.g. “I’m exploring a move into UX research, especially in healthcare.”',
  });
}
