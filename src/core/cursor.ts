import { AppError } from './errors';

/** Opaque page cursors: the offset of the next page, so clients never depend on its shape. */
export function encodeCursor(offset: number): string {
  return btoa(JSON.stringify({ o: offset })).replace(/=+$/, '');
}

export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const parsed: unknown = JSON.parse(atob(cursor));
    const offset = (parsed as { o?: unknown }).o;
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // fall through to the clear error below
  }
  throw new AppError(
    'invalid_input',
    'The page cursor is not valid: start again from the first page',
    {
      issues: [{ path: 'cursor', message: 'not a cursor this server issued' }],
    },
  );
}
