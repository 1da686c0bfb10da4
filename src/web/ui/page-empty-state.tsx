import type { ComponentType, ReactNode } from 'react';
import { EmptyState, Group, Paper } from '@mantine/core';

type Props = {
  icon: ComponentType<{ size?: number; stroke?: number }>;
  title: string;
  description: ReactNode;
  /** Quiet, for "nothing matches" rather than a first visit. */
  plain?: boolean;
  /** The first steps, as buttons or links. */
  children?: ReactNode;
};

/** A page with nothing to show yet: what the place is for, and what to do first. */
export function PageEmptyState({ icon: Icon, title, description, plain, children }: Props) {
  return (
    <Paper withBorder p="xl">
      <EmptyState
        {...(plain ? {} : { variant: 'light' })}
        icon={<Icon size={28} stroke={1.5} />}
        title={title}
        description={description}
      >
        {children && (
          <EmptyState.Actions>
            <Group justify="center">{children}</Group>
          </EmptyState.Actions>
        )}
      </EmptyState>
    </Paper>
  );
}
