import { useState } from 'react';
import { Modal, Radio, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReplySentiment } from '../api/interviews.api';
import { useLogReply } from '../api/interviews.queries';
import { DialogActions } from './dialog-actions';
import { useWhen, WhenInput } from './when-input';

const CHOICES: { value: ReplySentiment; label: string; hint: string }[] = [
  { value: 'positive', label: 'Yes, they will talk', hint: 'Moves the interview to agreed.' },
  { value: 'negative', label: 'No, not this time', hint: 'Moves it to declined.' },
  { value: 'later', label: 'Later', hint: 'Keeps the stage; follow-up reminders stop.' },
];

type Props = { interviewId: number; name: string; opened: boolean; onClose: () => void };

/** Records an answer to the request; any answer stops the follow-up reminders. */
export function LogReplyDialog({ interviewId, name, opened, onClose }: Props) {
  const [sentiment, setSentiment] = useState<ReplySentiment>('positive');
  const when = useWhen();
  // Each opening starts from now; adjusting state during render avoids an effect's extra pass.
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) when.restart();
  }
  const log = useLogReply(interviewId);
  const receivedAt = when.instant;
  const save = () => {
    if (!receivedAt) return;
    log.mutate(
      { receivedAt, sentiment },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: `Reply from ${name} logged.` });
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={`Log a reply from ${name}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Stack gap="md">
          <Radio.Group
            label="What did they say?"
            value={sentiment}
            onChange={(value) => setSentiment(value as ReplySentiment)}
          >
            <Stack gap="xs" mt={6}>
              {CHOICES.map((choice) => (
                <Radio
                  key={choice.value}
                  value={choice.value}
                  label={choice.label}
                  description={choice.hint}
                />
              ))}
            </Stack>
          </Radio.Group>
          <WhenInput
            label="When did the reply come?"
            when={when}
            error={receivedAt ? undefined : 'Choose a day and time'}
          />
          <DialogActions
            error={log.error}
            onCancel={onClose}
            submitLabel="Save the reply"
            loading={log.isPending}
            disabled={!receivedAt}
          />
        </Stack>
      </form>
    </Modal>
  );
}
