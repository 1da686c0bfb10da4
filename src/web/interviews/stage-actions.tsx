import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { allowedNextStages, type InterviewStage } from '#core/interview';
import type { Interview } from '#core/interview-input';
import { isApiError } from '../api/client';
import { useChangeStage } from '../api/interviews.queries';
import { fromLocalInput } from '../ui/local-time';
import { STAGE_LABELS, moveLabel, movesBack } from './stage-words';
import { DialogActions } from './dialog-actions';
import { useWhen, WhenInput } from './when-input';

// Leaving the road reads quieter than moving along it.
const EXITS: readonly InterviewStage[] = ['declined', 'no_reply', 'cancelled'];

/** Only the moves the method allows from here, as buttons; scheduling asks for the time. */
export function StageActions({ interview }: { interview: Interview }) {
  const change = useChangeStage(interview.id);
  const [scheduling, setScheduling] = useState(false);
  const when = useWhen();
  // A meeting starts on the minute the field shows, never at the seconds it was opened.
  const scheduledFor = fromLocalInput(when.value, when.timeZone);
  const next = allowedNextStages(interview.stage);

  const move = (stage: InterviewStage, extra: { scheduledFor?: string } = {}) =>
    change.mutate(
      { version: interview.version, stage, ...extra },
      {
        onSuccess: () => {
          setScheduling(false);
          notifications.show({ color: 'teal', message: `Moved to ${STAGE_LABELS[stage]}.` });
        },
        onError: (error) =>
          notifications.show({
            color: isApiError(error) && error.code === 'conflict' ? 'yellow' : 'red',
            title:
              isApiError(error) && error.code === 'conflict'
                ? 'This interview changed elsewhere'
                : 'Could not change the stage',
            message:
              isApiError(error) && error.code === 'conflict'
                ? 'It has been reloaded; choose again if the move still fits.'
                : error.message,
          }),
      },
    );

  if (next.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        This interview is finished.
      </Text>
    );
  }
  return (
    <>
      <Group gap="xs" role="group" aria-label="Move to another stage">
        {next.map((stage) => (
          <Button
            key={stage}
            size="xs"
            variant={
              EXITS.includes(stage)
                ? 'subtle'
                : movesBack(interview.stage, stage)
                  ? 'default'
                  : 'light'
            }
            color={EXITS.includes(stage) ? 'gray' : undefined}
            loading={change.isPending && change.variables?.stage === stage}
            onClick={() => {
              if (stage !== 'scheduled') return move(stage);
              when.restart();
              setScheduling(true);
            }}
          >
            {moveLabel(interview.stage, stage)}
          </Button>
        ))}
      </Group>
      <Modal
        opened={scheduling}
        onClose={() => setScheduling(false)}
        title="Schedule the conversation"
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (scheduledFor) move('scheduled', { scheduledFor });
          }}
        >
          <Stack gap="md">
            <WhenInput
              label="Date and time"
              when={when}
              error={scheduledFor ? undefined : 'Choose a day and time'}
            />
            <DialogActions
              error={change.error}
              onCancel={() => setScheduling(false)}
              submitLabel="Save the time"
              loading={change.isPending}
              disabled={!scheduledFor}
            />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
