import type { ReactNode } from 'react';
import {
  Badge,
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
  IconBuilding,
  IconCheck,
  IconFileImport,
  IconMessages,
  IconUserPlus,
  IconUsers,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { useOrganizationsList } from '../api/organizations.queries';
import { usePeopleOverview } from '../api/people.queries';
import { PersonRow } from '../people/person-row';

function countLabel(count: number, more: boolean) {
  return more ? `${count}+` : String(count);
}

function Stat({
  label,
  value,
  icon: Icon,
  to,
}: {
  label: string;
  value: string | null;
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

/** The home screen. Until the agenda of actions exists, it welcomes and points at the first steps. */
export function TodayPage() {
  const people = usePeopleOverview();
  const organizations = useOrganizationsList('');
  const peopleCount = people.data ? people.data.items.length : null;
  const orgPages = organizations.data?.pages;
  const orgCount = orgPages ? orgPages.reduce((sum, page) => sum + page.items.length, 0) : null;
  const recent = people.data?.items.slice(0, 5) ?? [];

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
      text: 'Soon you will be able to import the connections file LinkedIn lets you download, so your whole network is here in one go.',
      action: (
        <Badge variant="outline" color="gray">
          Coming soon
        </Badge>
      ),
    },
    {
      title: 'Plan your first conversation',
      icon: IconMessages,
      text: 'Pick one person and ask for fifteen minutes of advice. Wayfinder will help you write the request and keep track of replies.',
      action: (
        <Badge variant="outline" color="gray">
          Coming soon
        </Badge>
      ),
    },
  ];

  return (
    <Container size="md" py="md">
      <title>Today · Wayfinder</title>
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
            value={
              peopleCount === null
                ? null
                : countLabel(peopleCount, Boolean(people.data?.nextCursor))
            }
            icon={IconUsers}
            to="/people"
          />
          <Stat
            label="Organizations"
            value={orgCount === null ? null : countLabel(orgCount, organizations.hasNextPage)}
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
    </Container>
  );
}
