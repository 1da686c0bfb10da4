import { useCallback, useEffect, useRef, useState } from 'react';
import { useWindowEvent } from '@mantine/hooks';
import { isApiError, type ApiIssue } from '../api/client';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** What was typed breaks a rule: it stays on screen, unsent, until it is fixed. */
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string; issues: ApiIssue[] };

/** Long enough not to save mid-word, short enough that "Saved" follows a pause in typing. */
export const SAVE_DELAY_MS = 700;

/**
 * Saves the latest value after a pause in typing, one request at a time, and on leaving: a
 * field's blur, the page unmounting, or the tab closing. The newest value always wins; a value
 * that failed stays queued for "Try again". Nothing typed is dropped on the way out.
 */
export function useDebouncedSave<T>(save: (value: T) => Promise<unknown>) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const saveRef = useRef(save);
  saveRef.current = save;
  const waiting = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flight = useRef<Promise<void> | null>(null);
  const mounted = useRef(true);
  /** An invalid value is on screen: closing the tab would lose it, so the browser asks first. */
  const held = useRef(false);
  const report = (next: SaveState) => {
    if (mounted.current) setState(next);
  };

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (flight.current) return flight.current.then(() => flush());
    const next = waiting.current;
    if (!next) return Promise.resolve();
    waiting.current = null;
    report({ kind: 'saving' });
    flight.current = saveRef.current(next.value).then(
      () => {
        flight.current = null;
        if (waiting.current) return flush();
        if (timer.current === undefined) report({ kind: 'saved' });
      },
      (error: unknown) => {
        flight.current = null;
        // Keep the value so "Try again" (or the next edit) sends it; a newer edit replaces it.
        waiting.current ??= next;
        report({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
          issues: isApiError(error) ? error.issues : [],
        });
      },
    );
    return flight.current;
  }, []);

  const schedule = useCallback(
    (value: T) => {
      held.current = false;
      waiting.current = { value };
      clearTimeout(timer.current);
      if (!flight.current) report({ kind: 'pending' });
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  /** The value on screen is not valid: send nothing until it is. */
  const hold = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    waiting.current = null;
    held.current = true;
    report({ kind: 'invalid' });
  }, []);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // Leaving by a link or the back button: send what is waiting on the way out.
      if (waiting.current) void flush();
    };
  }, [flush]);

  useWindowEvent('beforeunload', (event) => {
    if (!waiting.current && !flight.current && !held.current) return;
    void flush();
    event.preventDefault();
  });

  return { state, schedule, flush, hold };
}
