import type { ReactNode } from 'react';
import {
  Badge,
  Button,
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
  IconBuilding,
  IconCheck,
  IconFileImport,
  IconMessages,
  IconUserPlus,
  IconUsers,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { useNetworkSummary } from '../api/network.queries';
import { usePeopleSearch } from '../api/people.queries';
import { PersonRow } from '../people/person-row';

export function Stat({
  label,
  value,
  note,
  icon: Icon,
  to,
}: {
  label: string;
  /** null while loading; a failed count shows a dash rather than a spinner forever. */
  value: number | '—' | null;
  note?: string;
  icon: typeof IconUsers;
  to: string;
}) {
  return (
    <Paper
      withBorder
      p="md"
      component={Link}
      to={to}
      style={{ textDecoration: 'none', color: 'inherit' }}
    >
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Text size="sm" c="dimmed">
            {label}
          </Text>
          {value === null ? (
            <Skeleton h={32} w={48} mt={4} />
          ) : (
            <Text fz={28} fw={700}>
              {value}
            </Text>
          )}
          {note && (
            <Text size="xs" c="dimmed">
              {note}
            </Text>
          )}
        </div>
        <ThemeIcon variant="light" size={44} radius="xl" aria-hidden>
          <Icon size={24} stroke={1.6} />
        </ThemeIcon>
      </Group>
    </Paper>
  );
}

type Step = {
  title: string;
  text: string;
  done?: boolean;
  action?: ReactNode;
  icon: typeof IconUsers;
};

function StepCard({ step, index }: { step: Step; index: number }) {
  return (
    <Paper withBorder p="md">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <ThemeIcon size={36} radius="xl" variant={step.done ? 'filled' : 'light'} aria-hidden>
          {step.done ? <IconCheck size={20} /> : <step.icon size={20} stroke={1.6} />}
        </ThemeIcon>
        <Stack gap={6} style={{ flex: 1 }}>
          <Group gap="xs">
            <Text fw={600}>
              {index + 1}. {step.title}
            </Text>
            {step.done && (
              <Badge variant="light" color="teal">
                Done
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {step.text}
          </Text>
          {step.action}
        </Stack>
      </Group>
    </Paper>
  );
}

/** Today for someone with no interview yet: the size of their network and the first steps. */
export function Welcome() {
  const summary = useNetworkSummary();
  // With no search, this is the people changed most recently.
  const recentQuery = usePeopleSearch('', 5);
  const count = (n: number | undefined) => (summary.isError ? '—' : (n ?? null));
  const peopleCount = summary.data?.people ?? null;
  const archived = summary.data?.archivedPeople ?? 0;
  const recent = recentQuery.data?.items ?? [];

  const steps: Step[] = [
    {
      title: 'Add someone you already know',
      icon: IconUserPlus,
      done: (peopleCount ?? 0) > 0,
      text: 'Friends, family, classmates and former coworkers are the warmest place to start. A name is enough; add details as you learn them.',
      action: (
        <Group>
          <Button
            component={Link}
            to="/people/new"
            size="xs"
            leftSection={<IconUserPlus size={16} />}
          >
            Add a person
          </Button>
        </Group>
      ),
    },
    {
      title: 'Bring in your LinkedIn connections',
      icon: IconFileImport,
      text: 'LinkedIn lets you download your connections as a file. Drop it into Wayfinder and your whole network is here in one go; Google, Outlook and phone contacts work too.',
      action: (
        <Group>
          <Button
            component={Link}
            to="/import"
            size="xs"
            leftSection={<IconFileImport size={16} />}
          >
            Import your connections
          </Button>
        </Group>
      ),
    },
    {
      title: 'Plan your first conversation',
      icon: IconMessages,
      text: 'Pick one person and ask for fifteen minutes of advice. Wayfinder will help you write the request and keep track of replies.',
      action: (
        <Group>
          <Button
            component={Link}
            to="/interviews/new"
            size="xs"
            leftSection={<IconMessages size={16} />}
          >
            Start an interview
          </Button>
        </Group>
      ),
    },
  ];

  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>Welcome to Wayfinder</Title>
        <Text c="dimmed" mt={4} size="lg">
          Short conversations with people who do the work you are curious about. Here is where you
          start.
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Stat
          label="People in your network"
          value={count(summary.data?.people)}
          note={archived > 0 ? `and ${archived} archived` : undefined}
          icon={IconUsers}
          to="/people"
        />
        <Stat
          label="Organizations"
          value={count(summary.data?.organizations)}
          icon={IconBuilding}
          to="/organizations"
        />
      </SimpleGrid>
      <section aria-labelledby="first-steps">
        <Title order={2} size="h3" id="first-steps" mb="sm">
          First steps
        </Title>
        <Stack gap="sm">
          {steps.map((step, index) => (
            <StepCard key={step.title} step={step} index={index} />
          ))}
        </Stack>
      </section>
      {recent.length > 0 && (
        <section aria-labelledby="recent-people">
          <Title order={2} size="h3" id="recent-people" mb="sm">
            Recently updated
          </Title>
          <Paper
            withBorder
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none', overflow: 'hidden' }}
          >
            {recent.map((person) => (
              <PersonRow key={person.id} person={person} />
            ))}
          </Paper>
        </section>
      )}
    </Stack>
  );
}
