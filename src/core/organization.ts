import { z } from 'zod';
import { wordTokens } from './text';

/** Legal-form words that do not distinguish one organization from another. */
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'sarl',
  'bv',
  'nv',
  'oy',
  'ab',
  'as',
  'aps',
  'pty',
  'pte',
  'srl',
  'spa',
  'kk',
  'kg',
  'se',
  'the',
]);

/**
 * The key two spellings of one organization share: "Acme Inc." and "ACME" both give "acme".
 * Suffixes are dropped only at the end (and a leading "The"), so "Co-op Bank" keeps its words.
 */
export function organizationKey(name: string): string {
  const tokens = wordTokens(name.replace(/&/g, ' and '));
  while (tokens.length > 1 && LEGAL_SUFFIXES.has(tokens[tokens.length - 1]!)) tokens.pop();
  if (tokens.length > 1 && tokens[0] === 'the') tokens.shift();
  return tokens.join(' ');
}

export const OrganizationSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  peopleCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organization = z.infer<typeof OrganizationSchema>;
