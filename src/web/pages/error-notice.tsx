import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** A failed load, said plainly, with a way to try again. */
export function ErrorNotice({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title="Something did not load"
      role="alert"
    >
      {error.message}
      {onRetry && (
        <Button size="xs" variant="white" color="red" ml="sm" onClick={onRetry}>
          Try again
        </Button>
      )}
    </Alert>
  );
}
