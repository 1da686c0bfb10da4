import type { SkippedRow } from './contact';

/** One content line: `group.NAME;param=value;…:value`, value still encoded and escaped. */
export type VcardProperty = {
  group: string | null;
  /** Upper case, e.g. 'EMAIL', 'X-ABLABEL'. */
  name: string;
  /** Lower-case names to lower-case values; 2.1's bare `PREF`, `CELL` … land under 'type'. */
  params: Map<string, string[]>;
  value: string;
};
export type VcardCard = { line: number; properties: VcardProperty[] };
export type VcardRead = { cards: VcardCard[]; problems: SkippedRow[] };

const ENCODINGS = new Set(['quoted-printable', 'base64', 'b', '8bit', '7bit']);

function addParam(params: Map<string, string[]>, raw: string): void {
  const equals = raw.indexOf('=');
  if (equals === -1) {
    // vCard 2.1 allows a bare value: `TEL;CELL;PREF`, `NOTE;QUOTED-PRINTABLE`, `PHOTO;BASE64`.
    const value = raw.trim().toLowerCase();
    const key = ENCODINGS.has(value) ? 'encoding' : 'type';
    params.set(key, [...(params.get(key) ?? []), value]);
    return;
  }
  const key = raw.slice(0, equals).trim().toLowerCase();
  const values = raw
    .slice(equals + 1)
    .split(',')
    .map((value) => value.replace(/"/g, '').trim().toLowerCase())
    .filter(Boolean);
  params.set(key, [...(params.get(key) ?? []), ...values]);
}

/** Splits a content line; null for anything that is not one (e.g. an unindented base64 line). */
export function parseContentLine(text: string): VcardProperty | null {
  const nameEnd = text.search(/[;:]/);
  if (nameEnd <= 0) return null;
  const fullName = text.slice(0, nameEnd);
  if (!/^[A-Za-z0-9_.-]+$/.test(fullName)) return null;
  const dot = fullName.lastIndexOf('.');
  const params = new Map<string, string[]>();
  let index = nameEnd;
  // Parameters end at the first colon outside double quotes (TYPE="work,voice" may hold any).
  while (text[index] === ';') {
    let end = index + 1;
    let quoted = false;
    for (; end < text.length; end++) {
      const char = text[end];
      if (char === '"') quoted = !quoted;
      else if (!quoted && (char === ';' || char === ':')) break;
    }
    addParam(params, text.slice(index + 1, end));
    index = end;
  }
  if (text[index] !== ':') return null;
  return {
    group: dot === -1 ? null : fullName.slice(0, dot),
    name: fullName.slice(dot + 1).toUpperCase(),
    params,
    value: text.slice(index + 1),
  };
}

export function isQuotedPrintable(property: VcardProperty): boolean {
  return property.params.get('encoding')?.includes('quoted-printable') ?? false;
}

type LogicalLine = { line: number; text: string };

/**
 * Joins physical lines into logical ones: a line starting with a space or tab continues the
 * previous one (folding; exactly one blank is removed, which also copes with Apple's two-space
 * indent), and a quoted-printable value ending in `=` continues on the next line whatever its
 * indentation (vCard 2.1 soft line break, as Android and Outlook write it).
 */
function logicalLines(text: string): LogicalLine[] {
  // CR CR LF (iOS), CRLF, LF and lone CR all end one line.
  const physical = text.split(/\r*\n|\r/);
  const result: LogicalLine[] = [];
  let current: LogicalLine | null = null;
  let quotedPrintable = false;
  for (let index = 0; index < physical.length; index++) {
    const raw = physical[index]!;
    if (current && quotedPrintable && current.text.endsWith('=')) {
      current.text = current.text.slice(0, -1) + raw;
    } else if (current && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      current.text += raw.slice(1);
    } else {
      current = { line: index + 1, text: raw };
      result.push(current);
      // Decided on the line's own first physical line, so long values are not rescanned.
      quotedPrintable = /^[^:]*quoted-printable/i.test(raw);
    }
  }
  return result;
}

/**
 * Reads the cards of a .vcf file. A card that never reaches END:VCARD (a truncated file, or a
 * BEGIN:VCARD arriving first) becomes a problem with its line, and reading goes on.
 */
export function readVcards(text: string): VcardRead {
  const cards: VcardCard[] = [];
  const problems: SkippedRow[] = [];
  let card: VcardCard | null = null;
  for (const { line, text: content } of logicalLines(text)) {
    const property = parseContentLine(content);
    if (!property) continue;
    const keyword = property.value.trim().toUpperCase();
    if (property.name === 'BEGIN' && keyword === 'VCARD') {
      if (card)
        problems.push({
          line: card.line,
          reason: 'this card has no END:VCARD before the next card begins',
        });
      card = { line, properties: [] };
    } else if (property.name === 'END' && keyword === 'VCARD') {
      if (card) cards.push(card);
      card = null;
    } else if (card) {
      card.properties.push(property);
    }
  }
  if (card) {
    problems.push({
      line: card.line,
      reason: 'the file ends inside this card, before END:VCARD (was it cut short?)',
    });
  }
  return { cards, problems };
}
