import { useState } from 'react';
import { Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserSearch } from '@tabler/icons-react';
import { useWhoDoIKnow } from '../api/targets.queries';
import { ErrorNotice } from '../pages/error-notice';
import { WhoLists } from './who-lists';

/** "Who do I know there?" by a role or field: everyone whose title, organization, tags or notes say it. */
export function WhoSearch() {
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const asking = q.length >= 2;
  const who = useWhoDoIKnow({ q }, asking);
  return (
    <section aria-label="People by role or field">
      <Stack gap="sm">
        <TextInput
          label="Who do I know there?"
          description="A role or field, like paramedic or UX research: find the people in it and who could introduce you."
          placeholder="paramedic"
          leftSection={<IconUserSearch size={16} stroke={1.6} aria-hidden />}
          rightSection={who.isFetching && asking ? <Loader size={14} /> : null}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          type="search"
        />
        {who.isError && asking && (
          <ErrorNotice error={who.error} onRetry={() => void who.refetch()} />
        )}
        {asking && who.data && (
          <div style={{ opacity: who.isPlaceholderData ? 0.6 : 1 }}>
            <WhoLists
              answer={who.data}
              where={`who match “${who.data.keyword ?? q}”`}
              headingLevel={3}
              emptyPeople={`No one in your network mentions “${who.data.keyword ?? q}” in their title, organization, tags or notes yet.`}
            />
          </div>
        )}
        {!asking && text.trim().length > 0 && (
          <Text size="xs" c="dimmed">
            Keep typing…
          </Text>
        )}
      </Stack>
    </section>
  );
}
