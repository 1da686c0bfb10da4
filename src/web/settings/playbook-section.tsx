import { useState } from 'react';
import { Badge, Button, Collapse, Group, Paper, Radio, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconPencil, IconTrash } from '@tabler/icons-react';
import type { Playbook } from '#core/playbook';
import {
  useCopyPlaybook,
  usePlaybooks,
  useRemovePlaybook,
  useUpdateSettings,
} from '../api/settings.queries';
import { ErrorNotice } from '../pages/error-notice';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { PlaybookEditor } from './playbook-editor';
import { describePlaybook } from './playbook-words';
import { SettingsSection } from './settings-section';

function DeletePlaybookDialog({
  playbook,
  fallback,
  isActive,
  onClose,
}: {
  playbook: Playbook | null;
  /** The playbook its interviews move to. */
  fallback: string;
  isActive: boolean;
  onClose: () => void;
}) {
  const remove = useRemovePlaybook();
  const confirm = () => {
    if (!playbook) return;
    remove.mutate(playbook.id, {
      onSuccess: () => {
        onClose();
        notifications.show({ title: 'Playbook deleted', message: `${playbook.name} is gone.` });
      },
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Not deleted', message: error.message }),
    });
  };
  return (
    <ConfirmDialog
      opened={playbook !== null}
      title="Delete this playbook?"
      keepLabel="Keep it"
      confirmLabel="Delete"
      busy={remove.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      {playbook?.name} will be deleted. Interviews that follow it will follow {fallback} instead
      {isActive ? ', and new interviews will start with it too' : ''}.
    </ConfirmDialog>
  );
}

/** Choose the active playbook, copy a built-in, and edit or delete copies. */
export function PlaybookSection({ activeId }: { activeId: string }) {
  const playbooks = usePlaybooks();
  const update = useUpdateSettings();
  const copy = useCopyPlaybook();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Playbook | null>(null);
  const items = playbooks.data ?? [];
  const active = items.find((playbook) => playbook.id === activeId);

  const choose = (id: string) =>
    update.mutate(
      { playbookId: id },
      {
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Not changed', message: error.message }),
      },
    );
  const copyOf = (playbook: Playbook) =>
    copy.mutate(
      { copyOf: playbook.id },
      {
        onSuccess: (created) => setEditing(created.id),
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Not copied', message: error.message }),
      },
    );

  return (
    <SettingsSection
      id="playbook"
      title="Playbook"
      intro="The method Wayfinder follows: how long a request may be, when to follow up, and when to thank and check in. New interviews start with the one you choose here."
    >
      {playbooks.isError && (
        <ErrorNotice error={playbooks.error} onRetry={() => void playbooks.refetch()} />
      )}
      {playbooks.isPending ? (
        <Skeleton h={160} />
      ) : (
        <Radio.Group
          value={activeId}
          onChange={choose}
          label="Use for new interviews"
          description="Built-in playbooks stay as written; copy one to change its numbers."
        >
          <Stack gap="sm" mt="xs">
            {items.map((playbook) => (
              <Paper key={playbook.id} withBorder p="sm">
                <Stack gap="xs">
                  <Radio
                    value={playbook.id}
                    label={
                      <Group gap={6}>
                        <Text fw={600} size="sm">
                          {playbook.name}
                        </Text>
                        {playbook.builtIn && (
                          <Badge variant="light" color="gray" size="sm">
                            Built in
                          </Badge>
                        )}
                      </Group>
                    }
                    description={describePlaybook(playbook)}
                  />
                  <Group gap="xs" ml={{ base: 0, xs: 30 }}>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      leftSection={<IconCopy size={16} />}
                      onClick={() => copyOf(playbook)}
                      loading={copy.isPending && copy.variables.copyOf === playbook.id}
                    >
                      Make a copy
                    </Button>
                    {!playbook.builtIn && (
                      <>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          leftSection={<IconPencil size={16} />}
                          aria-expanded={editing === playbook.id}
                          onClick={() => setEditing(editing === playbook.id ? null : playbook.id)}
                        >
                          {editing === playbook.id ? 'Close' : 'Edit numbers'}
                        </Button>
                        <Button
                          variant="subtle"
                          color="red"
                          size="compact-sm"
                          leftSection={<IconTrash size={16} />}
                          onClick={() => setDeleting(playbook)}
                        >
                          Delete
                        </Button>
                      </>
                    )}
                  </Group>
                  {!playbook.builtIn && (
                    <Collapse expanded={editing === playbook.id}>
                      {editing === playbook.id && <PlaybookEditor playbook={playbook} />}
                    </Collapse>
                  )}
                </Stack>
              </Paper>
            ))}
          </Stack>
        </Radio.Group>
      )}
      <DeletePlaybookDialog
        playbook={deleting}
        fallback={
          (active && active.id !== deleting?.id ? active : items.find((p) => p.builtIn))?.name ??
          'the default playbook'
        }
        isActive={deleting?.id === activeId}
        onClose={() => setDeleting(null)}
      />
    </SettingsSection>
  );
}
