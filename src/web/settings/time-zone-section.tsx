import { useMemo } from 'react';
import { Button, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconWorld } from '@tabler/icons-react';
import { useUpdateSettings } from '../api/settings.queries';
import { SettingsSection } from './settings-section';

/** Every zone this browser knows, plus UTC, which some browsers leave out of the list. */
function knownZones(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  zones.add(current);
  return [...zones].sort();
}

function clockIn(timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    timeZone,
    weekday: 'long',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date());
}

/** The zone that decides which day a follow-up or thank-you falls due. */
export function TimeZoneSection({ timeZone }: { timeZone: string }) {
  const update = useUpdateSettings();
  const zones = useMemo(() => knownZones(timeZone), [timeZone]);
  const device = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const choose = (zone: string | null) => {
    if (!zone || zone === timeZone) return;
    update.mutate(
      { timeZone: zone },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            title: 'Time zone saved',
            message: `Today now counts days in ${zone.replace(/_/g, ' ')}.`,
          }),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: 'Time zone not saved',
            message: error.message,
          }),
      },
    );
  };

  return (
    <SettingsSection
      id="time-zone"
      title="Time zone"
      intro="Follow-ups count business days, and a day begins at midnight where you are."
    >
      <Select
        label="Your time zone"
        description={`It is ${clockIn(timeZone)} there now.`}
        data={zones}
        value={timeZone}
        onChange={choose}
        searchable
        allowDeselect={false}
        nothingFoundMessage="No time zone by that name"
        leftSection={<IconWorld size={16} stroke={1.6} aria-hidden />}
        maxDropdownHeight={280}
        comboboxProps={{ withinPortal: true }}
        disabled={update.isPending}
      />
      {device && device !== timeZone && (
        <Text size="sm">
          This device is set to {device.replace(/_/g, ' ')}.{' '}
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => choose(device)}
            loading={update.isPending}
          >
            Use {device.replace(/_/g, ' ')}
          </Button>
        </Text>
      )}
    </SettingsSection>
  );
}
