import { Button, Container, EmptyState } from '@mantine/core';
import { IconMapPinOff } from '@tabler/icons-react';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Container size="sm" py="xl">
      <EmptyState
        icon={<IconMapPinOff size={28} stroke={1.5} />}
        variant="light"
        title={<h1 style={{ margin: 0, font: 'inherit' }}>This page does not exist</h1>}
        description="The address may be mistyped, or the page was moved."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/">
            Back to Today
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Container>
  );
}
