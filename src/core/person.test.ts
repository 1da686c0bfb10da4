import { describe, expect, test } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';
import {
  PersonInputSchema,
  PersonListQuerySchema,
  PersonPatchSchema,
  personSearchText,
} from './person';
import { parseInput } from './validation';
import { foldedWords, foldText, wordTokens } from './text';

describe('PersonInputSchema', () => {
  test('tidies what people type: spaces, repeated emails and tags, bare LinkedIn addresses', () => {
    const parsed = PersonInputSchema.parse({
      name: '  Ana \n Lima ',
      emails: [' ana@acme.example ', 'Ana@Acme.example'],
      tags: ['UX ', 'ux', 'health'],
      linkedinUrl: 'www.linkedin.com/in/ana',
      title: '   ',
    });
    expect(parsed).toMatchObject({
      name: 'Ana Lima',
      emails: ['ana@acme.example'],
      tags: ['UX', 'health'],
      linkedinUrl: 'https://www.linkedin.com/in/ana',
      title: null,
    });
  });

  test('refuses unknown fields, non-LinkedIn profile URLs and odd phone numbers', () => {
    const result = PersonInputSchema.safeParse({
      name: 'A',
      nickname: 'x',
      linkedinUrl: 'https://evil.example/in/a',
      phones: ['call me maybe'],
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['linkedinUrl', 'phones.0']));
    expect(result.error?.issues.some((issue) => issue.code === 'unrecognized_keys')).toBe(true);
  });

  test('a patch must say which version it was based on', () => {
    expect(PersonPatchSchema.safeParse({ title: 'x' }).success).toBe(false);
    expect(PersonPatchSchema.safeParse({ version: 3, title: null }).success).toBe(true);
  });
});

describe('PersonListQuerySchema', () => {
  test('reads numbers from the query text and says what to write instead of a bad one', () => {
    expect(parseInput(PersonListQuerySchema, { limit: '20', organizationId: '7' }, 'q')).toEqual({
      limit: 20,
      organizationId: 7,
      archived: 'false',
    });
    const messageFor = (query: Record<string, string>) => {
      try {
        parseInput(PersonListQuerySchema, query, 'people query');
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    for (const limit of ['0', '201', '2.5', 'ten']) {
      expect(messageFor({ limit })).toBe(
        'Invalid people query — limit: a whole number from 1 to 200',
      );
    }
    expect(messageFor({ organizationId: 'acme' })).toBe(
      "Invalid people query — organizationId: an organization's id, a whole number such as 12",
    );
  });
});

describe('search text', () => {
  test('folds accents and case, and splits emails into findable words', () => {
    expect(foldText('Zoë ÅSTRÖM')).toBe('zoe astrom');
    expect(
      wordTokens(personSearchText({ name: 'Zoë', emails: ['zoe.k@north-wind.example'] })),
    ).toEqual(['zoe', 'zoe', 'k', 'north', 'wind', 'example']);
    expect(wordTokens('"); drop table --')).toEqual(['drop', 'table']);
  });
});

describe('page cursors', () => {
  test('round-trip an offset and refuse anything else', () => {
    expect(decodeCursor(encodeCursor(150))).toBe(150);
    expect(decodeCursor(undefined)).toBe(0);
    expect(() => decodeCursor('bm9wZQ')).toThrow(/cursor/);
    expect(() => decodeCursor(btoa('{"o":-1}'))).toThrow(/cursor/);
  });
});

describe('the text search indexes store', () => {
  test('is the folded words, the same ones a search is split into', () => {
    const text = personSearchText({
      name: 'Zoë  Martin',
      emails: ['zoe.k@north-wind.example'],
      notes: 'Ｔａｒｏ’s “friend”',
    });
    expect(foldedWords(text)).toBe(wordTokens(text).join(' '));
    expect(foldedWords(text)).toBe('zoe martin zoe k north wind example taro s friend');
  });
});
