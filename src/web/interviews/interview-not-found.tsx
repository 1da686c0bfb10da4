import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

/** What an address of a missing interview shows, on its page and in the composer alike. */
export function InterviewNotFound() {
  return (
    <Stack>
      <Title order={1}>Interview not found</Title>
      <Text>
        It may have been removed with the person it was with.{' '}
        <Anchor component={Link} to="/interviews">
          Back to Interviews
        </Anchor>
      </Text>
    </Stack>
  );
}
