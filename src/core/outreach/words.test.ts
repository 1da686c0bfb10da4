import { describe, expect, test } from 'vitest';
import { countWords, offsetAfterWords, splitSentences } from './words';

const sentencesOf = (text: string) =>
  splitSentences(text, 0, text.length).map(({ start, end }) => text.slice(start, end));

describe('counting words the way a person would', () => {
  test.each([
    ['a plain sentence', 'Would you have time next week?', 6],
    [
      'hyphenated words and contractions are one word each',
      "I'm a well-known career-changer, don't worry",
      6,
    ],
    ['"15-minute" is one word', 'a quick 15-minute call', 4],
    [
      'an email address and a URL are one word each',
      'ana@acme.example or https://acme.example/team?x=1',
      3,
    ],
    ['a dash with spaces is no word', 'UX research — especially in healthcare', 5],
    ['a dash without spaces separates two words', 'research—especially', 2],
    ['accented and non-Latin names count', 'Zoë Łukasz Müller 山田', 4],
    ['emoji, ampersands and bullets are not words', '🙂 & • - Thanks!', 1],
    ['empty text has no words', '   \n ', 0],
  ])('%s', (_name, text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  test('counts only inside the range asked for', () => {
    const text = 'Hi Ana, one two three. Best, Ben';
    expect(countWords(text, 8, 22)).toBe(3);
  });

  test('finds where the word past a limit begins', () => {
    const text = 'one two three four';
    expect(text.slice(offsetAfterWords(text, 2, 0, text.length))).toBe('three four');
    expect(offsetAfterWords(text, 4, 0, text.length)).toBe(-1);
  });
});

describe('splitting sentences', () => {
  test('splits on full stops, question and exclamation marks', () => {
    expect(sentencesOf('I met you. Would you talk? Thanks!')).toEqual([
      'I met you.',
      'Would you talk?',
      'Thanks!',
    ]);
  });

  test('titles, initials, decimals and domains do not end a sentence', () => {
    expect(
      sentencesOf('Dr. Kim and Ana M. Lima said 2.5 years at acme.com, e.g. UX. Next one.'),
    ).toEqual(['Dr. Kim and Ana M. Lima said 2.5 years at acme.com, e.g. UX.', 'Next one.']);
  });

  test('a closing quote or bracket stays with its sentence and a trailing smiley is dropped', () => {
    expect(sentencesOf('She said “ask her.” Would you (maybe)? :)')).toEqual([
      'She said “ask her.”',
      'Would you (maybe)?',
    ]);
  });

  test('a hard-wrapped paragraph is one sentence, list items and blank lines split', () => {
    const text =
      'I would love to hear how you moved from consulting into the public\nsector at Metrolinx\n\nQuestions:\n- How did you start\n- What do you like';
    expect(sentencesOf(text)).toEqual([
      'I would love to hear how you moved from consulting into the public\nsector at Metrolinx',
      'Questions:',
      'How did you start',
      'What do you like',
    ]);
  });
});
