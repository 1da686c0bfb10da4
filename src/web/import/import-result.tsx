import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCopy, IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ImportReport } from '#core/import-plan';
import { useDuplicates } from '../api/duplicates.queries';
import { ImportCounts } from './import-counts';
import { ImportDetails } from './import-details';
import { count } from './import-words';

/** After the import: what happened, where to go next, and what a later re-import will do. */
export function ImportResult({
  report,
  onAnother,
}: {
  report: ImportReport;
  onAnother: () => void;
}) {
  const duplicates = useDuplicates();
  const possible = duplicates.data?.total ?? 0;
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="result-title"
    >
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconCircleCheck
            size={32}
            stroke={1.5}
            color="var(--mantine-color-teal-7)"
            style={{ flexShrink: 0 }}
            aria-hidden
          />
          <div>
            <Title order={2} size="h3" id="result-title">
              {report.created > 0
                ? `${count(report.created, 'person', 'people')} joined your network`
                : 'Your network is up to date'}
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              Imported again later, a newer export only updates what changed: new titles and
              employers come in, your own notes and tags stay as they are.
            </Text>
          </div>
        </Group>
        <ImportCounts report={report} done />
        <ImportDetails report={report} />
        {possible > 0 && (
          <Alert variant="light" color="yellow" icon={<IconCopy size={18} />}>
            {count(possible, 'pair of people looks', 'pairs of people look')} like the same person.{' '}
            <Anchor
              component={Link}
              to="/people/duplicates"
              c="inherit"
              fw={600}
              underline="always"
            >
              Review possible duplicates
            </Anchor>
          </Alert>
        )}
        <Group gap="sm">
          <Button component={Link} to="/people" leftSection={<IconUsers size={18} />}>
            See your people
          </Button>
          <Button variant="default" onClick={onAnother}>
            Import another file
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
