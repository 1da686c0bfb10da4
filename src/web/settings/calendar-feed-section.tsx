import { useState } from 'react';
import { ActionIcon, Button, CopyButton, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconCheck, IconCopy, IconRefresh } from '@tabler/icons-react';
import { useRotateCalendarSecret } from '../api/settings.queries';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { SettingsSection } from './settings-section';

/** The feed's addresses on the host this page was opened from. */
export function feedUrls(path: string, location: Pick<Location, 'host' | 'origin'>) {
  return { webcal: `webcal://${location.host}${path}`, http: `${location.origin}${path}` };
}

function CopyableUrl({
  label,
  url,
  description,
}: {
  label: string;
  url: string;
  description: string;
}) {
  return (
    <TextInput
      label={label}
      description={description}
      value={url}
      readOnly
      onFocus={(event) => event.currentTarget.select()}
      rightSection={
        <CopyButton value={url} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
              <ActionIcon
                variant="subtle"
                color={copied ? 'teal' : 'gray'}
                onClick={copy}
                aria-label={copied ? `${label} copied` : `Copy ${label.toLowerCase()}`}
              >
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      }
    />
  );
}

/** A private address calendars subscribe to, and a way to retire it. */
export function CalendarFeedSection({ path }: { path: string }) {
  const rotate = useRotateCalendarSecret();
  const [confirming, setConfirming] = useState(false);
  const urls = feedUrls(path, window.location);
  const confirm = () =>
    rotate.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        notifications.show({
          color: 'teal',
          title: 'New calendar address',
          message: 'Subscribe again with the new address in each calendar you use.',
        });
      },
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Address not changed', message: error.message }),
    });

  return (
    <SettingsSection
      id="calendar-feed"
      title="Calendar feed"
      intro="See scheduled interviews and the day each follow-up, thank-you or check-in is due in the calendar you already use. Calendars fetch it again about every hour."
      footer={
        <>
          <Button
            component="a"
            href={urls.webcal}
            variant="light"
            leftSection={<IconCalendarPlus size={18} />}
          >
            Subscribe on this device
          </Button>
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconRefresh size={18} />}
            onClick={() => setConfirming(true)}
          >
            Rotate secret
          </Button>
        </>
      }
    >
      <Stack gap="sm">
        <CopyableUrl
          label="Subscription address"
          url={urls.webcal}
          description="Apple Calendar and Outlook open this one directly."
        />
        <CopyableUrl
          label="Web address"
          url={urls.http}
          description="For calendars that ask for a URL starting with http."
        />
        <Text size="xs" c="dimmed">
          Anyone with either address can read these events, so keep them to yourself. Google
          Calendar fetches feeds from its own servers, so it can subscribe only when this Wayfinder
          is reachable from the internet.
        </Text>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title="Make a new calendar address?"
        keepLabel="Keep the current one"
        confirmLabel="Make a new address"
        busy={rotate.isPending}
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
      >
        The current address stops working at once. Every calendar subscribed to it will stop getting
        updates until you subscribe again with the new one.
      </ConfirmDialog>
    </SettingsSection>
  );
}
