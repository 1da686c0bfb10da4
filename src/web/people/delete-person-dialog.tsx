import { Button, Group, Modal, Stack, Text } from '@mantine/core';

type Props = {
  name: string | null;
  busy: boolean;
  onConfirm: () => void;
  onArchiveInstead: () => void;
  onClose: () => void;
};

/** Deleting cannot be undone, so it asks once and points at archiving as the gentler option. */
export function DeletePersonDialog({ name, busy, onConfirm, onArchiveInstead, onClose }: Props) {
  return (
    <Modal
      opened={name !== null}
      onClose={onClose}
      title={`Delete ${name ?? ''}?`}
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
      styles={{ title: { fontWeight: 650 } }}
    >
      <Stack gap="sm">
        <Text size="sm">
          This removes {name} and their details for good. Anyone they introduced stays, without the
          link back.
        </Text>
        <Text size="sm" c="dimmed">
          If you only want them out of the way, archive them instead — you can restore an archived
          person any time.
        </Text>
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="light" onClick={onArchiveInstead}>
            Archive instead
          </Button>
          <Button color="red" onClick={onConfirm} loading={busy}>
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
