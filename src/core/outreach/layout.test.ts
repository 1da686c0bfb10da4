import { describe, expect, test } from 'vitest';
import { layoutOf } from './layout';

const bodyOf = (text: string) => {
  const { body } = layoutOf(text);
  return text.slice(body.start, body.end);
};

describe('finding the body between greeting and signature', () => {
  test.each([
    [
      'a greeting line and a sign-off with name and email',
      'Hi Ana,\n\nWould you talk?\n\nBest,\nBen Okafor\nben@x.example',
      'Would you talk?',
    ],
    ['an inline greeting', 'Hi Ana, would you talk?', 'would you talk?'],
    ['a greeting with a title', 'Dear Dr. Kim,\nWould you talk?', 'Would you talk?'],
    [
      '"Hi, this is …" in a phone script',
      'Hi, this is Ben. Would you talk?',
      'this is Ben. Would you talk?',
    ],
    [
      'a subject line',
      'Subject: Advice on UX research\n\nHello!\nWould you talk?',
      'Would you talk?',
    ],
    ['a name alone as greeting', 'Ana,\nWould you talk?', 'Would you talk?'],
    ['a thank-you line after the question', 'Would you talk?\n\nThank you!', 'Would you talk?'],
    [
      'thanks, then a sign-off',
      'Would you talk?\nThank you so much!\n\nWarm regards,\nLéa Dubois',
      'Would you talk?',
    ],
    ['a one-line sign-off with the name', 'Would you talk?\nThanks, Ana', 'Would you talk?'],
    ['a dash and a name', 'Would you talk?\n— Mei', 'Would you talk?'],
    [
      'a signature without sign-off under a finished sentence',
      'I met you at PyCon. Would you talk?\nSofía Herrera\nMSc Chemistry, Universidad de Chile\n+56 9 5555 0101',
      'I met you at PyCon. Would you talk?',
    ],
    ['a sign-off in another language', 'Would you talk?\n\nUn saludo,\nPablo', 'Would you talk?'],
    [
      'a sign-off in any language, a short line ending in a comma above the name',
      'Would you talk?\n\nPozdrowienia serdeczne,\nAgnieszka Wójcik',
      'Would you talk?',
    ],
    [
      'thanks for your time as a sign-off',
      'Would you talk?\n\nThanks so much for your time,\nDana Park',
      'Would you talk?',
    ],
    ['the signature delimiter', 'Would you talk?\n--\nAna Lima | UX student', 'Would you talk?'],
  ])('%s', (_name, text, body) => {
    expect(bodyOf(text)).toBe(body);
  });

  test('a sentence below "Thanks," keeps it in the body', () => {
    const text = 'Hi Ana,\nThanks!\nI met you at PyCon and I am exploring UX research.';
    expect(bodyOf(text)).toBe('Thanks!\nI met you at PyCon and I am exploring UX research.');
  });

  test('a one-line message with no punctuation is all body', () => {
    expect(bodyOf('Would love to chat about UX Research')).toBe(
      'Would love to chat about UX Research',
    );
  });

  test('short lines of the body are not mistaken for a signature', () => {
    const text = 'Hi Olu,\nMaria suggested I write.\nWould love to chat';
    expect(bodyOf(text)).toBe('Maria suggested I write.\nWould love to chat');
  });

  test('a P.S. after the signature is set apart and counted', () => {
    const text = 'Would you talk?\n\nBest,\nAna\n\nP.S. Loved your talk.';
    const { postscript } = layoutOf(text);
    expect(postscript && text.slice(postscript.start, postscript.end)).toBe(
      'P.S. Loved your talk.',
    );
    expect(bodyOf(text)).toBe('Would you talk?');
  });
});
