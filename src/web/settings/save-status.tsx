import { Button } from '@mantine/core';
import { SAVE_WORDS, SaveIndicator } from '../ui/save-indicator';
import type { SaveState } from './use-debounced-save';

function describe(state: SaveState): string {
  switch (state.kind) {
    case 'idle':
    case 'saved':
      return SAVE_WORDS[state.kind];
    case 'pending':
    case 'saving':
      return SAVE_WORDS.saving;
    case 'invalid':
      return 'Not saved yet: fix the highlighted field';
    case 'failed':
      return state.issues.length > 0
        ? 'Not saved: fix the highlighted field'
        : `Not saved: ${state.message}`;
  }
}

/** Where a section's edits are, in the same words and icons as the people editor. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const problem = state.kind === 'invalid' || state.kind === 'failed';
  const busy = state.kind === 'pending' || state.kind === 'saving';
  return (
    <SaveIndicator
      tone={busy ? 'busy' : problem ? 'problem' : state.kind === 'saved' ? 'saved' : 'quiet'}
      action={
        state.kind === 'failed' &&
        state.issues.length === 0 && (
          <Button size="compact-sm" variant="subtle" onClick={onRetry}>
            Try again
          </Button>
        )
      }
    >
      {describe(state)}
    </SaveIndicator>
  );
}
