import { useState } from 'react';
import { Button, Text, Textarea } from '@mantine/core';
import { IconNote } from '@tabler/icons-react';

type Props = {
  label: string;
  notes: string | null;
  /** Resolves true once saved; on failure the text stays in the box so nothing typed is lost. */
  onSave: (notes: string | null) => Promise<boolean>;
};

/** A target's notes: read as text, edited in place, saved when the box is left. */
export function TargetNotes({ label, notes, onSave }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null)
    return notes ? (
      <Text
        size="sm"
        c="dimmed"
        style={{ whiteSpace: 'pre-wrap', cursor: 'text' }}
        onClick={() => setDraft(notes)}
      >
        {notes}{' '}
        <Button
          variant="subtle"
          size="compact-xs"
          onClick={() => setDraft(notes)}
          aria-label={`Edit notes on ${label}`}
        >
          Edit
        </Button>
      </Text>
    ) : (
      <Button
        variant="subtle"
        color="gray"
        size="compact-xs"
        leftSection={<IconNote size={14} />}
        onClick={() => setDraft('')}
        style={{ alignSelf: 'flex-start' }}
      >
        Add a note
      </Button>
    );
  const finish = async () => {
    const next = draft.trim() ? draft : null;
    if (next === notes || (await onSave(next))) setDraft(null);
  };
  return (
    <Textarea
      aria-label={`Notes on ${label}`}
      placeholder="Why this one, what you want to find out"
      autosize
      minRows={2}
      autoFocus
      value={draft}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={() => void finish()}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && draft === (notes ?? '')) setDraft(null);
      }}
      description="Saved when you leave the box."
    />
  );
}
