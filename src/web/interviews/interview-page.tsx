import { useState } from 'react';
import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Container,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconMessageReply, IconNotes } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/client';
import { useInterview } from '../api/interviews.queries';
import { ErrorNotice } from '../pages/error-notice';
import { DetailCard } from '../people/person-details';
import { useClock } from '../ui/use-time-zone';
import { InterviewTimeline } from './timeline';
import { InterviewNotFound } from './interview-not-found';
import { InterviewIntroducerSelect } from './interview-introducer-select';
import { InterviewPlaybookSelect } from './interview-playbook-select';
import { LogInteractionDialog } from './log-interaction-dialog';
import { LogReplyDialog } from './log-reply-dialog';
import { NextSteps } from './next-steps';
import { StageActions } from './stage-actions';
import { STAGE_COLORS, STAGE_LABELS, stageAge } from './stage-words';
import { buildTimeline } from './timeline-entries';

/** One interview: who, what for, where it stands, what to do next, and everything that happened. */
export function InterviewPage() {
  const id = Number(useParams().id);
  const query = useInterview(id);
  const clock = useClock();
  const [dialog, setDialog] = useState<'reply' | 'interaction' | null>(null);

  // An address like /interviews/abc names no interview; the query never runs for it.
  if (!(Number.isInteger(id) && id > 0)) return <InterviewNotFound />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) {
      return <InterviewNotFound />;
    }
    return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  }
  const interview = query.data;
  if (!interview) return <Skeleton h={320} />;

  const { person } = interview;
  const { introducer } = interview;
  const entries = buildTimeline(interview.interactions, interview.messages);

  return (
    <Container size="md" px={0}>
      <title>{`Interview with ${person.name} · Wayfinder`}</title>
      <Stack gap="lg">
        <Breadcrumbs>
          <Anchor component={Link} to="/interviews" size="sm">
            Interviews
          </Anchor>
          <span>{person.name}</span>
        </Breadcrumbs>
        <Stack gap={6}>
          <Group gap="sm" align="center">
            <Title order={1} style={{ overflowWrap: 'anywhere' }}>
              Interview with{' '}
              <Anchor component={Link} to={`/people/${person.id}`} inherit>
                {person.name}
              </Anchor>
            </Title>
            <Badge size="lg" variant="light" color={STAGE_COLORS[interview.stage]}>
              {STAGE_LABELS[interview.stage]}
            </Badge>
          </Group>
          <Text c="dimmed">
            {[person.title, person.organization].filter(Boolean).join(' at ') ||
              'No organization noted'}
            {' · '}
            {stageAge(interview, clock)}
          </Text>
          {introducer && (
            <Text size="sm">
              Introduced by{' '}
              <Anchor component={Link} to={`/people/${introducer.id}`}>
                {introducer.name}
              </Anchor>
            </Text>
          )}
          {interview.explorations.length > 0 && (
            <Group gap={6}>
              {interview.explorations.map((exploration) => (
                <Badge
                  key={exploration.id}
                  component={Link}
                  to={`/interviews?explorationId=${exploration.id}`}
                  variant="default"
                  fw={500}
                  style={{ cursor: 'pointer' }}
                >
                  {exploration.title}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
        <Paper withBorder p="md" component="section" aria-label="Next steps">
          <Stack gap="md">
            <NextSteps interviewId={interview.id} stage={interview.stage} introducer={introducer} />
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconMessageReply size={16} />}
                onClick={() => setDialog('reply')}
              >
                Log a reply
              </Button>
              <Button
                variant="default"
                leftSection={<IconNotes size={16} />}
                onClick={() => setDialog('interaction')}
              >
                Log a call, meeting or note
              </Button>
            </Group>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4} mb={6}>
                Move to
              </Text>
              <StageActions interview={interview} />
            </div>
          </Stack>
        </Paper>
        <Paper withBorder p="md" component="section" aria-label="Method">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <InterviewPlaybookSelect interview={interview} />
            <InterviewIntroducerSelect interview={interview} />
          </SimpleGrid>
        </Paper>
        <DetailCard title="Timeline">
          <InterviewTimeline
            entries={entries}
            empty="Nothing has happened yet. Drafting the request is the first step."
          />
        </DetailCard>
      </Stack>
      <LogReplyDialog
        interviewId={interview.id}
        name={person.name}
        opened={dialog === 'reply'}
        onClose={() => setDialog(null)}
      />
      <LogInteractionDialog
        personId={person.id}
        interviewId={interview.id}
        name={person.name}
        opened={dialog === 'interaction'}
        onClose={() => setDialog(null)}
      />
    </Container>
  );
}
