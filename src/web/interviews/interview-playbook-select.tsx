import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useChangeInterviewPlaybook, usePlaybooks } from '../api/settings.queries';

/**
 * Which playbook one interview follows (its follow-up days, thank-you window and meeting
 * length), on the interview page.
 */
export function InterviewPlaybookSelect({
  interview,
}: {
  interview: { id: number; version: number; playbookId: string };
}) {
  const playbooks = usePlaybooks();
  const change = useChangeInterviewPlaybook(interview.id);
  const data = (playbooks.data ?? []).map((playbook) => ({
    value: playbook.id,
    label: playbook.name,
  }));
  return (
    <Select
      label="Playbook"
      description="Decides when to follow up and thank, for this interview only."
      data={data}
      value={interview.playbookId}
      allowDeselect={false}
      disabled={playbooks.isPending || change.isPending}
      onChange={(playbookId) => {
        if (!playbookId || playbookId === interview.playbookId) return;
        change.mutate(
          { version: interview.version, playbookId },
          {
            onError: (error) =>
              notifications.show({
                color: 'red',
                title: 'Playbook not changed',
                message: error.message,
              }),
          },
        );
      }}
    />
  );
}
