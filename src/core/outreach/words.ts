/** A range of the text checked, as UTF-16 offsets (end exclusive). */
export type Span = { start: number; end: number };

// A word is what a person would count: a run of non-space characters holding a letter or digit,
// so "15-minute", "don't", "ana@acme.example" and a URL are one word each, while a lone dash,
// ampersand or emoji is none. Dashes (– —) written without spaces still separate two words.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isSeparator = (code: number) =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 0xa0 ||
  code === 0x2013 ||
  code === 0x2014 ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x3000 ||
  (code >= 0x2000 && code <= 0x200a);
const isLetterOrDigit = (text: string, i: number, code: number) =>
  code < 128
    ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
    : LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));

/**
 * Walks the words of text[start, end), calling `visit` with where each begins (its first letter or
 * digit) until it returns false. A character loop: this runs on every keystroke in the composer.
 */
function eachWord(text: string, start: number, end: number, visit: (at: number) => boolean): void {
  let inWord = false;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (isSeparator(code)) inWord = false;
    else if (!inWord && isLetterOrDigit(text, i, code)) {
      inWord = true;
      if (!visit(i)) return;
    }
  }
}

/** Words in text[start, end), counted the way a person would. */
export function countWords(text: string, start = 0, end = text.length): number {
  let count = 0;
  eachWord(text, start, end, () => {
    count += 1;
    return true;
  });
  return count;
}

/** Where the word after the first `n` words of text[start, end) begins, or -1 when there are not more than n. */
export function offsetAfterWords(text: string, n: number, start: number, end: number): number {
  let seen = 0;
  let found = -1;
  eachWord(text, start, end, (at) => {
    if (seen === n) found = at;
    seen += 1;
    return found < 0;
  });
  return found;
}

// A full stop after these is not the end of a sentence ("Dr. Kim", "e.g. nursing").
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'vs',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'approx',
  'dept',
  'univ',
  'mt',
  'ph.d',
  'a.m',
  'p.m',
  'u.s',
  'u.k',
]);
// A line break ends a sentence when the line is this short: a list item, a greeting or a closing,
// rather than a paragraph hard-wrapped at 70-odd columns.
const SHORT_LINE = 50;

const isSpace = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
const isTerminator = (code: number) => code === 46 || code === 33 || code === 63 || code === 0x2026;
// Closing quotes and brackets that may follow the terminator: ?" ?) ?”
const isCloser = (code: number) =>
  code === 34 || code === 39 || code === 41 || code === 93 || code === 0x2019 || code === 0x201d;
const isWordChar = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46 || code > 0xbf;

function endsWithAbbreviation(text: string, from: number, dot: number): boolean {
  let i = dot;
  while (i > from && isWordChar(text.charCodeAt(i - 1))) i -= 1;
  const word = text.slice(i, dot).toLowerCase();
  return word.length === 1 ? /\p{L}/u.test(word) : ABBREVIATIONS.has(word);
}

const BULLET = /^(?:[-*•‣◦]|\d{1,2}[.)])\s+/;
const HAS_WORD = /[\p{L}\p{N}]/u;

function pushSentence(text: string, spans: Span[], start: number, end: number) {
  while (start < end && isSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
  const bullet = BULLET.exec(text.slice(start, Math.min(end, start + 6)));
  if (bullet) start += bullet[0].length;
  // Leftovers such as ":)" or an emoji after the last sentence are not sentences.
  if (end > start && HAS_WORD.test(text.slice(start, end))) spans.push({ start, end });
}

/** Splits text[start, end) into sentences, each trimmed and without a leading bullet. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let from = start;
  let lineStart = start;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (isTerminator(code)) {
      let j = i + 1;
      while (j < end && (isTerminator(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) j += 1;
      // "3.5", "acme.com" and "e.g." inside a sentence do not end it.
      const boundary =
        (j >= end || isSpace(text.charCodeAt(j))) &&
        !(code === 46 && j === i + 1 && endsWithAbbreviation(text, from, i));
      if (boundary) {
        pushSentence(text, spans, from, j);
        from = j;
      }
      i = j - 1;
    } else if (code === 10) {
      let next = i + 1;
      while (
        next < end &&
        (text.charCodeAt(next) === 32 ||
          text.charCodeAt(next) === 9 ||
          text.charCodeAt(next) === 13)
      )
        next += 1;
      const blankLineFollows = next < end && text.charCodeAt(next) === 10;
      const bulletFollows = BULLET.test(text.slice(next, Math.min(end, next + 6)));
      if (blankLineFollows || bulletFollows || i - lineStart < SHORT_LINE) {
        pushSentence(text, spans, from, i);
        from = i + 1;
      }
      lineStart = i + 1;
    }
  }
  pushSentence(text, spans, from, end);
  return spans;
}
