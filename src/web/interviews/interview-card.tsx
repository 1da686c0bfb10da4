import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { Exploration } from '#core/interview-input';
import type { InterviewListItem } from '#core/interview-view';
import { Link } from 'react-router';
import type { Clock } from '../ui/use-time-zone';
import { STAGE_COLORS, STAGE_LABELS, stageAge } from './stage-words';

type Props = {
  interview: InterviewListItem;
  explorations: ReadonlyMap<number, Exploration>;
  clock: Clock;
  /** On the board the column names the stage; elsewhere the card does. */
  showStage?: boolean;
};

/** One interview on the board: who, where, what for, who introduced, and how long it has waited. */
export function InterviewCard({ interview, explorations, clock, showStage = false }: Props) {
  const { person, introducer } = interview;
  return (
    <Paper withBorder p="sm" component="article" aria-label={person.name}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Anchor component={Link} to={`/interviews/${interview.id}`} fw={600} truncate>
            {person.name}
          </Anchor>
          {showStage && (
            <Badge variant="light" color={STAGE_COLORS[interview.stage]} style={{ flexShrink: 0 }}>
              {STAGE_LABELS[interview.stage]}
            </Badge>
          )}
        </Group>
        {person.organization && (
          <Text size="sm" c="dimmed" truncate>
            {person.organization}
          </Text>
        )}
        {interview.explorationIds.length > 0 && (
          <Text size="xs" fw={600} c="var(--mantine-color-anchor)">
            {interview.explorationIds
              .map((id) => explorations.get(id)?.title ?? 'Exploration')
              .join(' · ')}
          </Text>
        )}
        {introducer && (
          <Text size="xs" c="dimmed">
            Introduced by {introducer.name}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {stageAge(interview, clock)}
        </Text>
      </Stack>
    </Paper>
  );
}
