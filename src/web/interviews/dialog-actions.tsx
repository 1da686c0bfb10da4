import { Alert, Button, Group, Text } from '@mantine/core';

type Props = {
  error: Error | null;
  onCancel: () => void;
  submitLabel: string;
  loading: boolean;
  disabled: boolean;
};

/** The end of a dialog's form: why saving failed, if it did, then Cancel and the submit button. */
export function DialogActions({ error, onCancel, submitLabel, loading, disabled }: Props) {
  return (
    <>
      {error && (
        <Alert color="red" variant="light" role="alert">
          <Text size="sm">{error.message}</Text>
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={loading} disabled={disabled}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
