import { layoutOf } from './layout';
import { countWords, offsetAfterWords } from './words';
import type { Finding, RuleContext } from './types';

/** Words of the body and of any P.S., the part the playbook's limit is about. */
export function bodyWords({ text, layout }: Pick<RuleContext, 'text' | 'layout'>): number {
  const { body, postscript } = layout;
  return (
    countWords(text, body.start, body.end) +
    (postscript ? countWords(text, postscript.start, postscript.end) : 0)
  );
}

/** The words the playbook's limit counts in a draft: no greeting, sign-off or signature. */
export function countedWords(text: string): number {
  return bodyWords({ text, layout: layoutOf(text) });
}

/** `word-limit`: the request stays within the playbook's word limit. */
export function checkWordLimit(context: RuleContext, findings: Finding[]): void {
  const limit = context.playbook.outreach.wordLimit;
  const count = bodyWords(context);
  if (count <= limit) return;
  const { text, layout } = context;
  // Point at the words past the limit; when they spill into a P.S., at the P.S.
  const over = offsetAfterWords(text, limit, layout.body.start, layout.body.end);
  const start = over >= 0 ? over : (layout.postscript?.start ?? layout.body.start);
  const end = layout.postscript?.end ?? layout.body.end;
  findings.push({
    rule: 'word-limit',
    severity: 'error',
    message: `This request is ${count} words; short requests get more replies, and this playbook keeps them to ${limit}.`,
    start,
    end,
    suggestion: `Cut about ${count - limit} words: keep who you are, your connection, what you are exploring, the time you ask for and one question.`,
  });
}

/** `note-length`: a LinkedIn connection note fits the character limit the playbook sets. */
export function checkNoteLength({ text, playbook }: RuleContext, findings: Finding[]): void {
  const limit = playbook.outreach.linkedinNoteLimit;
  const trimmed = text.trim();
  const characters = [...trimmed].length;
  if (characters <= limit) return;
  // LinkedIn counts characters as people see them, so step over code points, not UTF-16 units.
  const lead = text.length - text.trimStart().length;
  let start = lead;
  for (let seen = 0; seen < limit; seen += 1)
    start += trimmed.codePointAt(start - lead)! > 0xffff ? 2 : 1;
  findings.push({
    rule: 'note-length',
    severity: 'error',
    message: `This note is ${characters} characters; LinkedIn accepts ${limit}, so the end would be cut off.`,
    start,
    end: lead + trimmed.length,
    suggestion: `Trim ${characters - limit} characters: the connection, what you are exploring and a short question are enough for a note.`,
  });
}
