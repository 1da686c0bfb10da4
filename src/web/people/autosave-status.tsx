import { Button } from '@mantine/core';
import { SAVE_WORDS, SaveIndicator } from '../ui/save-indicator';
import type { AutosaveState } from './autosaver';
import { FIELD_LABELS, type PersonField } from './person-form-values';

function joinFields(fields: PersonField[]) {
  const labels = fields.map((field) => FIELD_LABELS[field]);
  return labels.length > 1
    ? `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`
    : (labels[0] ?? '');
}

function describe(state: AutosaveState) {
  switch (state.kind) {
    case 'idle':
    case 'saved':
      return SAVE_WORDS[state.kind];
    case 'pending':
    case 'saving':
      return SAVE_WORDS.saving;
    case 'waiting':
      return 'Saves when you leave the field';
    case 'reloaded':
      return 'Showing the latest saved version';
    case 'invalid':
      return `Not saved: check the ${joinFields(state.fields)}`;
    case 'failed': {
      const fields = Object.keys(state.fieldErrors) as PersonField[];
      if (fields.length > 0) return `Not saved: check the ${joinFields(fields)}`;
      return `Not saved: ${state.message}`;
    }
    case 'conflict':
      return 'Not saved: this person was changed elsewhere';
  }
}

/** One calm line under the form that says where the edits are; screen readers hear it change. */
export function AutosaveStatus({ state, onRetry }: { state: AutosaveState; onRetry: () => void }) {
  const problem = state.kind === 'invalid' || state.kind === 'failed' || state.kind === 'conflict';
  const busy = state.kind === 'pending' || state.kind === 'saving';
  const retry = state.kind === 'failed' && Object.keys(state.fieldErrors).length === 0;
  return (
    <SaveIndicator
      tone={busy ? 'busy' : problem ? 'problem' : state.kind === 'saved' ? 'saved' : 'quiet'}
      kind={state.kind}
      action={
        retry && (
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
