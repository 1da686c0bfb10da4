import { Anchor, Badge, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { usePersonTimeline } from '../api/interviews.queries';
import { ErrorNotice } from '../pages/error-notice';
import { DetailCard } from '../people/person-details';
import { useClock } from '../ui/use-time-zone';
import { STAGE_COLORS, STAGE_LABELS, stageAge } from './stage-words';
import { InterviewTimeline } from './timeline';
import { buildTimeline } from './timeline-entries';

export function StartInterviewButton({ personId }: { personId: number }) {
  return (
    <Button
      component={Link}
      to={`/interviews/new?personId=${personId}`}
      leftSection={<IconPlus size={16} />}
      variant="light"
    >
      Start an interview
    </Button>
  );
}

/** A person's interviews, each with its stage and how long it has been there. */
export function PersonInterviewsCard({ personId, name }: { personId: number; name: string }) {
  const timeline = usePersonTimeline(personId);
  const interviews = timeline.data?.interviews ?? [];
  const clock = useClock();
  return (
    <DetailCard title="Interviews">
      {timeline.isError ? (
        <ErrorNotice error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : timeline.isPending ? (
        <Skeleton h={48} />
      ) : interviews.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          No interview with {name} yet. A short conversation about their work is the best way to
          learn what it is really like.
        </Text>
      ) : (
        <Stack gap={8} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {interviews.map((interview) => (
            <Group key={interview.id} component="li" gap="xs" wrap="nowrap">
              <Badge
                variant="light"
                color={STAGE_COLORS[interview.stage]}
                style={{ flexShrink: 0 }}
              >
                {STAGE_LABELS[interview.stage]}
              </Badge>
              <Anchor component={Link} to={`/interviews/${interview.id}`} size="sm">
                {stageAge(interview, clock)}
              </Anchor>
            </Group>
          ))}
        </Stack>
      )}
    </DetailCard>
  );
}

/** Everything that happened with the person across interviews, newest first. */
export function PersonTimelineCard({ personId }: { personId: number }) {
  const timeline = usePersonTimeline(personId);
  return (
    <DetailCard title="Timeline">
      {timeline.isError ? (
        <ErrorNotice error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : !timeline.data ? (
        <Skeleton h={80} />
      ) : (
        <InterviewTimeline
          entries={buildTimeline(timeline.data.interactions, timeline.data.messages)}
          linkInterviews
          empty="Nothing logged yet. Messages, replies, calls and notes appear here as they happen."
        />
      )}
    </DetailCard>
  );
}
