import { useMemo, useState } from 'react';
import type { Draft } from '#core/outreach/drafts';

/** What the user edits; `to` is the address an e-mail goes to, prefilled with the first one known. */
export type DraftText = { to: string; subject: string; body: string };

function read(key: string): Partial<DraftText> | null {
  try {
    const raw = window.localStorage.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as Partial<DraftText>) : null;
    return parsed && typeof parsed.body === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

/** Whether edits of the draft under `key` wait in this browser. */
export const hasStoredDraft = (key: string) => read(key) !== null;

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
export function useDraftText(key: string, template: Draft & { to: string }) {
  // One object per template, so the debounced check does not see a new text on every render.
  const fromTemplate = useMemo(
    () => ({ to: template.to, subject: template.subject ?? '', body: template.body }),
    [template.to, template.subject, template.body],
  );
  const [stored, setStored] = useState(() => read(key));
  const text = useMemo(
    () => (stored ? { ...fromTemplate, ...stored } : fromTemplate),
    [stored, fromTemplate],
  );
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
