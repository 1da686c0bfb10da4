import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { LocatedFinding } from './findings-list';

type Props = {
  /** What the user was about to do, e.g. "Send now"; null when closed. */
  action: string | null;
  errors: LocatedFinding[];
  onConfirm: () => void;
  onClose: () => void;
};

/** Problems never block a message, but going ahead with them is a choice the user makes knowingly. */
export function ConfirmErrorsDialog({ action, errors, onConfirm, onClose }: Props) {
  return (
    <Modal opened={action !== null} onClose={onClose} title="Go ahead with these problems?">
      <Stack gap="md">
        <Text size="sm">
          {errors.length === 1 ? 'One thing' : `${errors.length} things`} in this message may cost
          you the reply:
        </Text>
        <List size="sm" spacing={4}>
          {errors.map((error) => (
            <List.Item key={`${error.field}:${error.rule}:${error.start}`}>
              {error.message}
            </List.Item>
          ))}
        </List>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Go back and fix
          </Button>
          <Button color="red" variant="light" onClick={onConfirm}>
            {action} anyway
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
