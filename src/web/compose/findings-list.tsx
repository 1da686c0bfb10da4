import { Badge, Group, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { DraftFinding } from '#core/outreach/drafts/gaps';
import type { Severity } from '#core/outreach/types';
import classes from './findings-list.module.css';

/** A finding and the field its offsets point into. */
export type LocatedFinding = DraftFinding & { field: 'subject' | 'body' };

const SEVERITY: Record<Severity, { label: string; color: string }> = {
  error: { label: 'Fix', color: 'red' },
  warning: { label: 'Suggestion', color: 'yellow' },
  info: { label: 'Note', color: 'blue' },
};

type Props = {
  findings: LocatedFinding[];
  /** Whether there is any text to check at all. */
  hasText: boolean;
  onSelect: (finding: LocatedFinding) => void;
};

/** The checker's findings, live; those that point at words select them when clicked. */
export function FindingsList({ findings, hasText, onSelect }: Props) {
  if (!hasText) {
    return (
      <Text size="sm" c="dimmed">
        Write your message and the method’s checks will appear here.
      </Text>
    );
  }
  if (findings.length === 0) {
    return (
      <Group gap="xs" wrap="nowrap" role="status">
        <ThemeIcon color="teal" variant="light" radius="xl" size="md">
          <IconCircleCheck size={16} />
        </ThemeIcon>
        <Text size="sm">Nothing to point out: this message follows the method.</Text>
      </Group>
    );
  }
  return (
    <Stack gap="xs" component="ul" className={classes.list} aria-label="Findings">
      {findings.map((finding) => {
        const { label, color } = SEVERITY[finding.severity];
        const pointsAtText = finding.end > finding.start;
        const content = (
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <Badge color={color} variant="light" size="sm" miw={80} style={{ flexShrink: 0 }}>
              {label}
            </Badge>
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text size="sm">{finding.message}</Text>
              <Text size="sm" c="dimmed">
                {finding.suggestion}
              </Text>
            </Stack>
          </Group>
        );
        return (
          <li key={`${finding.field}:${finding.rule}:${finding.start}:${finding.end}`}>
            {pointsAtText ? (
              <UnstyledButton
                className={classes.item}
                onClick={() => onSelect(finding)}
                aria-label={`${label}: ${finding.message} Select the words in the ${finding.field === 'subject' ? 'subject' : 'message'}.`}
              >
                {content}
              </UnstyledButton>
            ) : (
              <div className={classes.item}>{content}</div>
            )}
          </li>
        );
      })}
    </Stack>
  );
}
