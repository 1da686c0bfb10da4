/** Lower-cases and strips accents so "Zoë" and "zoe" compare and sort alike. */
export function foldText(text: string): string {
  // Most names and words are plain ASCII, where normalizing would only cost time.
  if (!/[^\u0020-\u007e]/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Splits text into folded word tokens (letters and digits), the unit both search indexes use. */
export function wordTokens(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The folded words of a text joined by single spaces: what the search indexes store. */
export function foldedWords(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Collapses runs of whitespace and trims; empty becomes undefined. */
export function cleanLine(text: string | null | undefined): string | undefined {
  const cleaned = text?.replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : undefined;
}
