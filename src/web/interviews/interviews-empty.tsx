import { Button } from '@mantine/core';
import { IconMessages, IconPlus, IconRoute } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PageEmptyState } from '../ui/page-empty-state';

/** The first visit: what an informational interview is, and the first step. */
export function InterviewsEmptyState() {
  return (
    <PageEmptyState
      icon={IconMessages}
      title="No conversations planned yet"
      description="An informational interview is a short talk, often fifteen or twenty minutes, with someone who does work you are curious about: you ask for their experience and advice, never for a job. Start with one person you already know; Wayfinder keeps each one moving from the first idea to the thank-you."
    >
      <Button component={Link} to="/interviews/new" leftSection={<IconPlus size={18} />}>
        New interview
      </Button>
      <Button
        component={Link}
        to="/explorations"
        variant="default"
        leftSection={<IconRoute size={18} />}
      >
        Name what you are exploring
      </Button>
    </PageEmptyState>
  );
}
