import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ExplorationSummary } from '#core/interview-view';
import { Link } from 'react-router';
import { KIND_LABELS, STATUS_COLORS, STATUS_LABELS } from './exploration-words';

/** One exploration: what it is, where the user stands, the questions, and its interviews. */
export function ExplorationCard({
  exploration,
  onEdit,
}: {
  exploration: ExplorationSummary;
  onEdit: () => void;
}) {
  const count = exploration.interviewCount;
  const headingId = `exploration-${exploration.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Title order={2} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {exploration.title}
            </Title>
            <Group gap={6}>
              <Badge variant="default" fw={500}>
                {KIND_LABELS[exploration.kind]}
              </Badge>
              <Badge variant="light" color={STATUS_COLORS[exploration.status]}>
                {STATUS_LABELS[exploration.status]}
              </Badge>
            </Group>
          </Stack>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPencil size={14} />}
            onClick={onEdit}
            aria-label={`Edit ${exploration.title}`}
            style={{ flexShrink: 0 }}
          >
            Edit
          </Button>
        </Group>
        {exploration.keyQuestions.length > 0 ? (
          <List size="sm" spacing={4}>
            {exploration.keyQuestions.map((question, index) => (
              <List.Item key={index}>{question}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed" fs="italic">
            No key questions yet. Two or three questions keep each conversation focused.
          </Text>
        )}
        <Anchor component={Link} to={`/interviews?explorationId=${exploration.id}`} size="sm">
          {count === 0
            ? 'No interviews yet'
            : `${count} ${count === 1 ? 'interview' : 'interviews'}`}
        </Anchor>
      </Stack>
    </Paper>
  );
}
