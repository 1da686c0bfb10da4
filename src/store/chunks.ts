/** Rows per multi-row statement: 400 rows of ~20 columns stay well under SQLite's 32,766 parameters. */
export const CHUNK_ROWS = 400;

export function chunks<T>(items: T[], size = CHUNK_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
