import type { Span } from './words';

/**
 * Where the parts of a message are. The body is what the playbook's word limit is about: it leaves
 * out a subject line, the greeting ("Hi Ana,") and the closing block (a sign-off such as "Best,"
 * or "Thank you!" on its own line, then name, title, email, phone, links). A P.S. after the
 * signature is counted as body.
 */
export type Layout = { body: Span; postscript: Span | null };

const SUBJECT = /^[ \t]*subject:[^\n]*\n/i;
// "Hi Ana,", "Dear Dr. Kim,", "Hello!", "Hi, this is Ben" (up to the comma), "Hey Sam" on its own line.
const GREETING =
  /^\s*(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening|day)|hola|bonjour|ol[áa]|oi|ciao|hallo|salut)(?:[ \t]+[^\s,:!?]+){0,4}?[ \t]*(?:[,:!\u2013\u2014]|(?=\r?\n)|$)/iu;
// A name alone on the first line, followed by a comma: "Ana,"
const NAME_GREETING = /^\s*\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3},[ \t]*(?=\r?\n)/u;
const POSTSCRIPT = /\n[ \t]*p\.?[ \t]?s\.?[:\s]/gi;

const SIGN_OFF = new RegExp(
  `^(?:${[
    'best(?: regards| wishes)?',
    '(?:kind|kindest|warm|warmest|best|many) (?:regards|wishes)',
    'regards',
    'warmly',
    'cheers',
    'sincerely(?: yours)?',
    'yours(?: truly| sincerely| faithfully)?',
    'respectfully(?: yours)?',
    'gratefully',
    'cordially',
    'take care',
    'talk soon',
    'all the best',
    'with (?:thanks|gratitude|appreciation|best wishes)',
    'many thanks(?: in advance| again)?',
    'thanks(?: so much| very much| a lot| again| in advance)*(?: for (?:your|considering|reading)[^\\n]{0,40})?',
    'thank you(?: so much| very much| again| in advance)*(?: for (?:your|considering|reading)[^\\n]{0,40})?',
    "(?:i'm |i am |i )?look(?:ing)? forward to (?:hearing (?:back )?from you|your (?:reply|response|thoughts)|connecting|chatting|talking)[^\\n]{0,20}",
    '(?:un )?saludos?(?: cordiales)?',
    'atentamente',
    'cordialement',
    'bien à vous',
    'mit freundlichen grüßen',
    'viele grüße',
    'obrigad[oa]',
    'abraços?',
    'gracias',
    'merci(?: beaucoup)?',
    'danke',
    '(?:liebe|viele|beste) grüße',
    'pozdrawiam',
    'cordiali saluti',
    'met vriendelijke groet(?:en)?',
    '(?:med )?vänliga hälsningar',
  ].join('|')})[\\s,.!]*(?:[—–-]+\\s*\\p{L}.{0,40})?$` +
    `|^(?:best|thanks|cheers|regards),\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}$` +
    // "—Ana", "- Ana Lima", and the conventional "-- " signature delimiter
    `|^[—–~-]{1,2}\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}$|^--$`,
  'iu',
);
const CONTACT = /@|https?:\/\/|www\.|linkedin\.com|\+?\d[\d ().-]{6,}\d|\||^sent from my\b/i;
const SHORT_COMMA_LINE = /^\S+(?:\s+\S+){0,3},$/u;
const SENTENCE_END = /[.!?…)"”:]$/;
// A signature lies within this many lines below the sign-off.
const MAX_SIGNATURE_LINES = 8;
const MAX_SIGNATURE_LINE = 120;
const CONNECTORS = new Set([
  'of',
  'at',
  'the',
  'and',
  'in',
  'for',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'la',
  'van',
  'von',
  'der',
  'y',
  'e',
  '&',
  '|',
  '-',
  '–',
  '—',
  '·',
]);

/** A name or title line of a signature: "Ana Lima", "MSc student, University of Lisbon", "Class of 2026". */
function looksLikeNameLine(line: string): boolean {
  if (/[?!]$/.test(line) || !/^\p{Lu}/u.test(line)) return false;
  const words = line.split(/[\s,]+/).filter(Boolean);
  if (words.length > 8 || (line.endsWith('.') && words.length > 3)) return false;
  let capitalised = 0;
  for (const word of words)
    if (/^[\p{Lu}\d'’(]/u.test(word) || CONNECTORS.has(word)) capitalised += 1;
  return capitalised * 2 >= words.length;
}

function bodyStartOf(text: string): number {
  let start = SUBJECT.exec(text)?.[0].length ?? 0;
  const rest = text.slice(start, start + 200);
  const greeting = GREETING.exec(rest) ?? NAME_GREETING.exec(rest);
  if (greeting) start += greeting[0].length;
  while (start < text.length && /\s/.test(text[start]!)) start += 1;
  return start;
}

/** Finds the sign-off and signature below the last sentence, scanning up from the end. */
function bodyEndOf(text: string, start: number, end: number): number {
  let lineEnd = end;
  let lines = 0;
  let signOff = -1;
  // Without a sign-off, a trailing run of name and contact lines under a finished sentence.
  let nameBlock = -1;
  let nameBlockOpen = true;
  let nameBlockValid = false;
  const closeNameBlock = (lineAbove: string) => {
    if (nameBlockOpen) nameBlockValid = nameBlock >= 0 && SENTENCE_END.test(lineAbove);
    nameBlockOpen = false;
  };
  while (lineEnd > start) {
    const newline = text.lastIndexOf('\n', lineEnd - 1);
    const lineStart = Math.max(newline + 1, start);
    const line = text.slice(lineStart, lineEnd).trim();
    lineEnd = newline;
    if (!line) continue;
    lines += 1;
    const tooFar = lines > MAX_SIGNATURE_LINES + 1 || line.length > MAX_SIGNATURE_LINE;
    if (lineStart === start || tooFar) {
      closeNameBlock(line);
      break;
    }
    // Any short line ending in a comma above the name is a sign-off, in whatever language.
    if (SIGN_OFF.test(line) || (nameBlock >= 0 && nameBlockOpen && SHORT_COMMA_LINE.test(line))) {
      signOff = lineStart;
      continue;
    }
    if (CONTACT.test(line) || looksLikeNameLine(line)) {
      if (nameBlockOpen) nameBlock = lineStart;
      continue;
    }
    closeNameBlock(line);
    // A line that reads as a sentence belongs to the body, and so does everything above it.
    if (/\?\s*$/.test(line) || (SENTENCE_END.test(line) && line.split(/\s+/).length >= 5)) break;
  }
  if (signOff >= 0) return signOff;
  return nameBlockValid ? nameBlock : end;
}

/** Splits a message into greeting, body, signature and postscript. */
export function layoutOf(text: string): Layout {
  const start = bodyStartOf(text);
  let end = text.length;
  let postscript: Span | null = null;
  POSTSCRIPT.lastIndex = start;
  let ps: RegExpExecArray | null;
  let lastPs = -1;
  while ((ps = POSTSCRIPT.exec(text))) lastPs = ps.index + 1;
  if (lastPs > start) {
    postscript = { start: lastPs, end: text.length };
    end = lastPs;
  }
  end = bodyEndOf(text, start, end);
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return { body: { start, end }, postscript };
}
