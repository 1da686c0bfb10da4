import type { ReactNode } from 'react';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';

/** A titled card on the settings page; `footer` holds its save status or actions. */
export function SettingsSection({
  id,
  title,
  intro,
  children,
  footer,
}: {
  id: string;
  title: string;
  intro: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {intro}
          </Text>
        </div>
        {children}
        {footer && <Group justify="space-between">{footer}</Group>}
      </Stack>
    </Paper>
  );
}
