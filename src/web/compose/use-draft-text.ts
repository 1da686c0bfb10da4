import { useMemo, useState } from 'react';
import type { Draft } from '#core/outreach/drafts';

export type DraftText = { subject: string; body: string };

function read(key: string): DraftText | null {
  try {
    const raw = window.localStorage.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as Partial<DraftText>) : null;
    return parsed && typeof parsed.body === 'string'
      ? { subject: typeof parsed.subject === 'string' ? parsed.subject : '', body: parsed.body }
      : null;
  } catch {
    return null;
  }
}

// Storage can be full or switched off (private windows): the text stays on screen either way.
function write(key: string, text: DraftText | null) {
  try {
    if (text) window.localStorage.setItem(key, JSON.stringify(text));
    else window.localStorage.removeItem(key);
  } catch {
    // Nothing more to do: the edit is still in the page.
  }
}

/**
 * The subject and body being edited, kept in this browser under `key` from the first keystroke,
 * so a closed tab or a crash loses nothing; the template fills in until the user edits.
 */
export function useDraftText(key: string, template: Draft) {
  // One object per template, so the debounced check does not see a new text on every render.
  const fromTemplate = useMemo(
    () => ({ subject: template.subject ?? '', body: template.body }),
    [template.subject, template.body],
  );
  const [stored, setStored] = useState(() => read(key));
  const text = stored ?? fromTemplate;
  return {
    text,
    edited: stored !== null,
    update(change: Partial<DraftText>) {
      const next = { ...text, ...change };
      write(key, next);
      setStored(next);
    },
    /** Back to the template; the edits are gone. */
    reset() {
      write(key, null);
      setStored(null);
    },
    /** After the message is sent and recorded, the edits have done their job. */
    forget: () => write(key, null),
  };
}
