import { Container, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useSettings } from '../api/settings.queries';
import { ErrorNotice } from '../pages/error-notice';
import { AboutYouSection } from './about-you-section';
import { CalendarFeedSection } from './calendar-feed-section';
import { MailSettingsSection } from './mail-settings-section';
import { PlaybookSection } from './playbook-section';
import { TimeZoneSection } from './time-zone-section';

/** Who you are, where your days start, the method to follow, and your calendar feed. */
export function SettingsPage() {
  const settings = useSettings();
  return (
    <Container size="md" px={0}>
      <title>Settings · Wayfinder</title>
      <Stack gap="lg">
        <div>
          <Title order={1}>Settings</Title>
          <Text c="dimmed" mt={4}>
            Shape Wayfinder to you. Changes here save on their own, except the mail server, which
            you save once its details are complete.
          </Text>
        </div>
        {settings.isError && (
          <ErrorNotice error={settings.error} onRetry={() => void settings.refetch()} />
        )}
        {settings.isPending ? (
          <Stack gap="lg" aria-busy="true" aria-label="Loading settings">
            <Skeleton h={220} />
            <Skeleton h={140} />
            <Skeleton h={260} />
          </Stack>
        ) : settings.data ? (
          <>
            <AboutYouSection profile={settings.data.profile} />
            <TimeZoneSection timeZone={settings.data.timeZone} />
            <PlaybookSection activeId={settings.data.playbookId} />
            <MailSettingsSection />
            <CalendarFeedSection path={settings.data.calendarFeedPath} />
          </>
        ) : null}
      </Stack>
    </Container>
  );
}
