import { useState } from 'react';
import { Anchor, Button, Paper, Stack, Text, ThemeIcon, Timeline } from '@mantine/core';
import {
  IconArrowRight,
  IconMail,
  IconMailOpened,
  IconNote,
  IconPhone,
  IconUsers,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatWhen } from '../ui/format-time';
import { useTimeZone } from '../ui/use-time-zone';
import type { TimelineEntry } from './timeline-entries';

const ICONS: Record<TimelineEntry['kind'], typeof IconMail> = {
  message_sent: IconMail,
  message_received: IconMailOpened,
  call: IconPhone,
  meeting: IconUsers,
  note: IconNote,
  stage_change: IconArrowRight,
};

function MessageText({ body }: { body: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="subtle"
        size="compact-xs"
        px={0}
        style={{ alignSelf: 'flex-start' }}
        onClick={() => setOpen((value) => !value)}
        aria-expanded={open}
      >
        {open ? 'Hide the text' : 'Show the text'}
      </Button>
      {open && (
        <Paper withBorder p="sm" mt={4}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {body}
          </Text>
        </Paper>
      )}
    </>
  );
}

type Props = {
  entries: TimelineEntry[];
  /** On a person's page, entries about an interview link to it. */
  linkInterviews?: boolean;
  empty: string;
};

/** What happened, newest first; messages open to show their text. */
export function InterviewTimeline({ entries, linkInterviews = false, empty }: Props) {
  const { timeZone } = useTimeZone();
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {empty}
      </Text>
    );
  }
  return (
    <Timeline bulletSize={28} lineWidth={2} aria-label="Timeline">
      {entries.map((entry) => {
        const Icon = ICONS[entry.kind];
        return (
          <Timeline.Item
            key={entry.key}
            bullet={
              <ThemeIcon size={28} radius="xl" variant="light" aria-hidden>
                <Icon size={16} stroke={1.6} />
              </ThemeIcon>
            }
            title={entry.title}
          >
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                <time dateTime={entry.at}>{formatWhen(entry.at, timeZone)}</time>
                {linkInterviews && entry.interviewId !== null && (
                  <>
                    {' · '}
                    <Anchor component={Link} to={`/interviews/${entry.interviewId}`} inherit>
                      open the interview
                    </Anchor>
                  </>
                )}
              </Text>
              {entry.detail && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {entry.detail}
                </Text>
              )}
              {entry.body && <MessageText body={entry.body} />}
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
