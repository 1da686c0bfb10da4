import { Button } from '@mantine/core';
import { IconBrandLinkedin, IconSearchOff, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { PageEmptyState } from '../ui/page-empty-state';

/** The first visit: explains what People is for and offers the first step. */
export function PeopleEmptyState() {
  const navigate = useNavigate();
  return (
    <PageEmptyState
      icon={IconUsers}
      title="Your network starts here"
      description="People are everyone you might learn from: friends, family, classmates, former coworkers and the people they introduce you to. Add the ones you already know; the warmest connections are the easiest to ask for a short conversation."
    >
      <Button leftSection={<IconUserPlus size={18} />} onClick={() => void navigate('/people/new')}>
        Add a person
      </Button>
      <Button
        component={Link}
        to="/import"
        variant="default"
        leftSection={<IconBrandLinkedin size={18} />}
      >
        Import your LinkedIn connections
      </Button>
    </PageEmptyState>
  );
}

export function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <PageEmptyState
      icon={IconSearchOff}
      title="No one matches"
      description="Try fewer words or clear the filters. Search finds names, organizations, titles, places, emails, tags and notes."
      plain
    >
      <Button variant="default" onClick={onClear}>
        Clear search and filters
      </Button>
    </PageEmptyState>
  );
}
