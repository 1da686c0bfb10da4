import type { ReactNode } from 'react';
import { Group, Loader, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconCloud } from '@tabler/icons-react';

/** The words every editor uses for the states they all have. */
export const SAVE_WORDS = {
  idle: 'Changes save as you type',
  saving: 'Saving…',
  saved: 'Saved',
} as const;

export type SaveTone = 'quiet' | 'busy' | 'saved' | 'problem';

/** One calm line that says where edits are, with an icon for its tone; screen readers hear it change. */
export function SaveIndicator({
  tone,
  children,
  action,
  kind,
}: {
  tone: SaveTone;
  children: ReactNode;
  /** A button beside the text, e.g. "Try again". */
  action?: ReactNode;
  /** Exposed as data-autosave, for tests and styles. */
  kind?: string;
}) {
  return (
    <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
      {tone === 'busy' ? (
        <Loader size={14} aria-hidden />
      ) : tone === 'problem' ? (
        <IconAlertCircle size={18} color="var(--mantine-color-orange-text)" aria-hidden />
      ) : tone === 'saved' ? (
        <IconCircleCheck size={18} color="var(--mantine-color-teal-text)" aria-hidden />
      ) : (
        <IconCloud size={18} color="var(--mantine-color-dimmed)" aria-hidden />
      )}
      <Text
        size="sm"
        role="status"
        aria-live="polite"
        c={tone === 'problem' ? undefined : 'dimmed'}
        data-autosave={kind}
      >
        {children}
      </Text>
      {action}
    </Group>
  );
}
