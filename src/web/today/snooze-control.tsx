import { useState } from 'react';
import { ActionIcon, Button, Group, Popover, Stack, TextInput } from '@mantine/core';
import { IconChevronDown, IconClock } from '@tabler/icons-react';
import { addDays, isLocalDate } from '#core/cadence/local-date';
import { formatShortDay } from './agenda-words';

type Props = {
  /** The day the agenda is for; snoozes count from it. */
  today: string;
  label: string;
  onSnooze: (until: string) => void;
};

export const DEFAULT_SNOOZE_DAYS = 3;

/** "Snooze" puts the action off three days in one click; the arrow offers any later day. */
export function SnoozeControl({ today, label, onSnooze }: Props) {
  const [opened, setOpened] = useState(false);
  const [day, setDay] = useState(() => addDays(today, DEFAULT_SNOOZE_DAYS));
  const tomorrow = addDays(today, 1);
  const valid = isLocalDate(day) && day >= tomorrow;
  return (
    <Group gap={0} wrap="nowrap">
      <Button
        variant="default"
        size="xs"
        leftSection={<IconClock size={14} />}
        title={`Until ${formatShortDay(addDays(today, DEFAULT_SNOOZE_DAYS))}`}
        onClick={() => onSnooze(addDays(today, DEFAULT_SNOOZE_DAYS))}
        style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
      >
        Snooze
      </Button>
      <Popover opened={opened} onChange={setOpened} position="bottom-end" trapFocus withArrow>
        <Popover.Target>
          <ActionIcon
            variant="default"
            size={30}
            aria-label={`Pick another day for ${label}`}
            onClick={() => setOpened((value) => !value)}
            style={{ borderTopLeftRadius: 0, borderBottomLeftRadius: 0, borderLeft: 0 }}
          >
            <IconChevronDown size={14} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!valid) return;
              setOpened(false);
              onSnooze(day);
            }}
          >
            <Stack gap="xs">
              <TextInput
                type="date"
                label="Snooze until"
                min={tomorrow}
                value={day}
                onChange={(event) => setDay(event.currentTarget.value)}
                error={valid ? undefined : 'Choose a day after today'}
              />
              <Button type="submit" size="xs" disabled={!valid}>
                Snooze until then
              </Button>
            </Stack>
          </form>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
