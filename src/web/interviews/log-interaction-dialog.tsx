import { useState } from 'react';
import { Modal, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLogInteraction } from '../api/interviews.queries';
import { DialogActions } from './dialog-actions';
import { useWhen, WhenInput } from './when-input';

type Kind = 'call' | 'meeting' | 'note';
const KINDS: { value: Kind; label: string }[] = [
  { value: 'call', label: 'Call' },
  { value: 'meeting', label: 'Meeting' },
  { value: 'note', label: 'Note' },
];

type Props = {
  personId: number;
  interviewId: number;
  name: string;
  opened: boolean;
  onClose: () => void;
};

/** Adds a call, meeting or note to the person's timeline; contact resets keep-in-touch reminders. */
export function LogInteractionDialog({ personId, interviewId, name, opened, onClose }: Props) {
  const [kind, setKind] = useState<Kind>('call');
  const when = useWhen();
  // Each opening starts from now; adjusting state during render avoids an effect's extra pass.
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) when.restart();
  }
  const [summary, setSummary] = useState('');
  const log = useLogInteraction();
  const at = when.instant;
  const save = () => {
    if (!at) return;
    log.mutate(
      { personId, interviewId, kind, at, ...(summary.trim() ? { summary: summary.trim() } : {}) },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: 'Added to the timeline.' });
          setSummary('');
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={`Log a call, meeting or note with ${name}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Stack gap="md">
          <SegmentedControl
            aria-label="What happened"
            fullWidth
            value={kind}
            onChange={(value) => setKind(value as Kind)}
            data={KINDS}
          />
          <WhenInput label="When" when={when} error={at ? undefined : 'Choose a day and time'} />
          <Textarea
            label="What was said or agreed"
            placeholder="A line or two you will want to remember"
            autosize
            minRows={3}
            maxLength={5000}
            value={summary}
            onChange={(event) => setSummary(event.currentTarget.value)}
          />
          <DialogActions
            error={log.error}
            onCancel={onClose}
            submitLabel="Add to the timeline"
            loading={log.isPending}
            disabled={!at}
          />
        </Stack>
      </form>
    </Modal>
  );
}
