import {
  Anchor,
  Button,
  Container,
  Group,
  List,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconMessages, IconRoute, IconSettings, IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';

type Kind = 'interviews' | 'explorations' | 'settings';

const CONTENT: Record<
  Kind,
  { title: string; icon: typeof IconMessages; intro: string; coming: string[] }
> = {
  interviews: {
    title: 'Interviews',
    icon: IconMessages,
    intro:
      'Each informational interview will live here, from the first idea of whom to ask through the thank-you afterwards.',
    coming: [
      'A pipeline by stage: idea, asked, agreed, scheduled, held and closed',
      'Gentle follow-up reminders when someone has not replied yet',
      'A focused screen for the conversation itself, with a timer and notes per question',
    ],
  },
  explorations: {
    title: 'Explorations',
    icon: IconRoute,
    intro:
      'An exploration is a field, role, industry or organization you want to learn about, with the questions you hope to answer.',
    coming: [
      'Your key questions, and what each conversation taught you about them',
      'Side-by-side comparison of two or more paths you are keeping open',
      'A place to record your decision: pursue, park or research more',
    ],
  },
  settings: {
    title: 'Settings',
    icon: IconSettings,
    intro: 'Settings will let you shape how Wayfinder works for you.',
    coming: [
      'Your playbook: message length, follow-up rhythm and thank-you window',
      'Imports from LinkedIn, Google, Outlook and vCard files',
      'Backups and exports of everything you have gathered',
    ],
  },
};

/** A screen that is not built yet: says plainly what will come and where to go meanwhile. */
export function PlaceholderPage({ kind }: { kind: Kind }) {
  const { title, icon: Icon, intro, coming } = CONTENT[kind];
  return (
    <Container size="sm" py="xl">
      <title>{`${title} · Wayfinder`}</title>
      <Stack gap="lg">
        <Group gap="sm">
          <ThemeIcon size={44} radius="xl" variant="light" aria-hidden>
            <Icon size={24} stroke={1.6} />
          </ThemeIcon>
          <Title order={1}>{title}</Title>
        </Group>
        <Text size="lg">{intro}</Text>
        <div>
          <Text fw={600} mb="xs">
            Coming soon
          </Text>
          <List spacing="xs" c="dimmed">
            {coming.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        </div>
        <Text>Meanwhile, the people you know are where every conversation starts.</Text>
        <Group>
          <Button component={Link} to="/people" leftSection={<IconUsers size={18} stroke={1.6} />}>
            Go to People
          </Button>
          {kind === 'settings' && (
            <Anchor href="/api/docs" target="_blank" rel="noopener">
              Read the API reference
            </Anchor>
          )}
        </Group>
      </Stack>
    </Container>
  );
}
