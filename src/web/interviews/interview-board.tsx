import { Badge, Group, Paper, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { InterviewStage } from '#core/interview';
import type { Exploration } from '#core/interview-input';
import type { InterviewListItem } from '#core/interview-view';
import type { Clock } from '../ui/use-time-zone';
import { InterviewCard } from './interview-card';
import { EXIT_STAGES, PIPELINE_STAGES, STAGE_COLORS, STAGE_LABELS } from './stage-words';

type Props = {
  interviews: InterviewListItem[];
  explorations: ReadonlyMap<number, Exploration>;
  clock: Clock;
};

function Column({
  stage,
  items,
  ...rest
}: Omit<Props, 'interviews'> & {
  stage: InterviewStage;
  items: InterviewListItem[];
}) {
  const id = `stage-${stage}`;
  return (
    <Paper
      component="section"
      aria-labelledby={id}
      bg="light-dark(var(--mantine-color-gray-1), var(--mantine-color-dark-6))"
      p="xs"
      miw={160}
      style={{ flex: '1 0 160px' }}
    >
      <Group justify="space-between" mb="xs" px={4}>
        <Title order={3} size="h6" id={id}>
          {STAGE_LABELS[stage]}
        </Title>
        <Badge
          variant="light"
          color={STAGE_COLORS[stage]}
          circle
          aria-label={`${items.length} ${items.length === 1 ? 'interview' : 'interviews'}`}
        >
          {items.length}
        </Badge>
      </Group>
      <Stack gap="xs">
        {items.length === 0 ? (
          <Text size="xs" c="dimmed" px={4}>
            None
          </Text>
        ) : (
          items.map((interview) => (
            <InterviewCard key={interview.id} interview={interview} {...rest} />
          ))
        )}
      </Stack>
    </Paper>
  );
}

/** The pipeline as columns, one a stage, and the early endings grouped apart below it. */
export function InterviewBoard({ interviews, ...rest }: Props) {
  const byStage = (stage: InterviewStage) => interviews.filter((i) => i.stage === stage);
  const exits = EXIT_STAGES.filter((stage) => byStage(stage).length > 0);
  return (
    <Stack gap="lg">
      <ScrollArea type="auto" offsetScrollbars aria-label="Pipeline by stage">
        <Group align="flex-start" wrap="nowrap" gap="sm" pb="xs">
          {PIPELINE_STAGES.map((stage) => (
            <Column key={stage} stage={stage} items={byStage(stage)} {...rest} />
          ))}
        </Group>
      </ScrollArea>
      {exits.length > 0 && (
        <section aria-labelledby="ended-early">
          <Title order={2} size="h5" id="ended-early" mb={4}>
            Ended early
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Busy people decline or miss messages; it is rarely about you. Any of these can be asked
            again.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {exits.map((stage) => (
              <Column key={stage} stage={stage} items={byStage(stage)} {...rest} />
            ))}
          </SimpleGrid>
        </section>
      )}
    </Stack>
  );
}
