import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Container,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconCalendarEvent,
  IconConfetti,
  IconMessages,
  IconPlus,
  IconUsers,
} from '@tabler/icons-react';
import { isLocalDate } from '#core/cadence/local-date';
import { localDateOf } from '#core/cadence/time-zone';
import { AGENDA_LIMIT_MAX } from '#core/interview-input';
import { AGENDA_FIRST_SHOWN, type InterviewSummary } from '#core/interview-view';
import { Link, useSearchParams } from 'react-router';
import { useInterviewSummary } from '../api/interviews.queries';
import { useAgenda } from '../api/today.queries';
import { ErrorNotice } from '../pages/error-notice';
import { useTimeZone } from '../ui/use-time-zone';
import { Agenda } from './agenda';
import { formatLongDay } from './agenda-words';
import { useDecision } from './use-decision';
import { Stat, Welcome } from './welcome';

/** How far the search has come, each figure a way into the interviews. */
function Progress({ summary }: { summary: InterviewSummary }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }}>
      <Stat
        label="Conversations held"
        value={summary.conversationsHeld}
        icon={IconMessages}
        to="/interviews"
      />
      <Stat label="People who said yes" value={summary.saidYes} icon={IconUsers} to="/interviews" />
      <Stat
        label="Interviews so far"
        value={summary.interviews}
        icon={IconCalendarEvent}
        to="/interviews?view=list"
      />
    </SimpleGrid>
  );
}

function AllClear() {
  return (
    <Paper withBorder p="lg">
      <Group wrap="nowrap" align="flex-start">
        <ThemeIcon size={40} radius="xl" variant="light" aria-hidden>
          <IconConfetti size={22} stroke={1.6} />
        </ThemeIcon>
        <Stack gap={6}>
          <Text fw={600}>Nothing is due</Text>
          <Text size="sm" c="dimmed">
            No follow-ups, thank-yous or check-ins for the next two weeks. A good moment to ask
            someone new.
          </Text>
          <Group>
            <Button
              component={Link}
              to="/interviews/new"
              size="xs"
              leftSection={<IconPlus size={14} />}
            >
              New interview
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}

/** The home screen: what to do today, what is overdue and what comes next; first steps when new. */
export function TodayPage() {
  const [params] = useSearchParams();
  const given = params.get('asOf') ?? '';
  const asOf = isLocalDate(given) ? given : undefined;
  // Days count in the time zone of the settings, as the server counts them.
  const { timeZone } = useTimeZone();
  const today = asOf ?? localDateOf(Date.now(), timeZone);
  // The first few of each group, and more when the user asks for more of one.
  const [limit, setLimit] = useState(AGENDA_FIRST_SHOWN);
  const agenda = useAgenda(asOf, limit > AGENDA_LIMIT_MAX ? undefined : limit);
  const decide = useDecision();
  const summary = useInterviewSummary();
  const actions = agenda.data?.actions ?? [];
  const isNew = summary.data?.interviews === 0 && actions.length === 0;

  return (
    <Container size="md" py="md" px={0}>
      <title>Today · Wayfinder</title>
      <Stack gap="xl">
        {asOf && (
          <Alert
            variant="light"
            color="blue"
            icon={<IconCalendarEvent size={18} />}
            title="Another day"
          >
            You are looking at the agenda as it will stand on {formatLongDay(asOf)}.{' '}
            <Anchor component={Link} to="/" inherit>
              Back to today
            </Anchor>
          </Alert>
        )}
        {isNew ? (
          <Welcome />
        ) : (
          <>
            <div>
              <Title order={1}>Today</Title>
              <Text c="dimmed" mt={4} size="lg">
                {formatLongDay(today)}
              </Text>
            </div>
            {agenda.isError && (
              <ErrorNotice error={agenda.error} onRetry={() => void agenda.refetch()} />
            )}
            {summary.isError && (
              <ErrorNotice error={summary.error} onRetry={() => void summary.refetch()} />
            )}
            {agenda.isPending || summary.isPending ? (
              <Stack gap="sm">
                <Skeleton h={90} />
                <Skeleton h={140} />
                <Skeleton h={140} />
              </Stack>
            ) : (
              <>
                {actions.length === 0 && agenda.isSuccess ? (
                  <AllClear />
                ) : (
                  <Agenda
                    actions={actions}
                    counts={agenda.data?.counts}
                    onShowMore={(count) => setLimit((current) => Math.max(current, count))}
                    today={today}
                    decide={decide}
                  />
                )}
                {summary.data && <Progress summary={summary.data} />}
              </>
            )}
          </>
        )}
      </Stack>
    </Container>
  );
}
