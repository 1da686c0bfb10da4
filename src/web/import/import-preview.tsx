import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconInfoCircle, IconRefresh } from '@tabler/icons-react';
import { IMPORT_FORMATS, type ImportFormat, type ImportReport } from '#core/import-plan';
import { ImportCounts } from './import-counts';
import { ImportDetails, NewPeopleTable } from './import-details';
import { FORMAT_LABELS, count, fileSize, formatLabel } from './import-words';

type Props = {
  file: File;
  report: ImportReport;
  onConfirm: () => void;
  onChooseAnother: () => void;
  /** Reads the same file again as another format, for the rare file whose layout misleads. */
  onReadAs: (format: ImportFormat) => void;
};

/** What a file would bring in, before anything is written, with the one button that does it. */
export function ImportPreview({ file, report, onConfirm, onChooseAnother, onReadAs }: Props) {
  const toImport = report.created + report.updated;
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="preview-title"
    >
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="preview-title">
            Here is what {file.name} holds
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            Read as {formatLabel(report.format)}: {count(report.read, 'row', 'rows')},{' '}
            {fileSize(file.size)}. Nothing has changed yet.
          </Text>
        </div>
        <ImportCounts report={report} />
        <ImportDetails report={report} />
        {toImport === 0 && (
          <Alert variant="light" icon={<IconInfoCircle size={18} />} title="Nothing new here">
            Everyone in this file is already in your network, just as the file says. There is
            nothing to import.
          </Alert>
        )}
        <Group justify="space-between" align="flex-end" gap="sm">
          <Group gap="sm">
            {toImport > 0 && (
              <Button leftSection={<IconCheck size={18} />} onClick={onConfirm}>
                Import {count(toImport, 'person', 'people')}
              </Button>
            )}
            <Button
              variant="default"
              leftSection={<IconRefresh size={18} />}
              onClick={onChooseAnother}
            >
              Choose another file
            </Button>
          </Group>
          <NativeSelect
            label="Not read right? Read it as"
            size="xs"
            value={report.format}
            onChange={(event) => onReadAs(event.currentTarget.value as ImportFormat)}
            data={IMPORT_FORMATS.map((value) => ({ value, label: FORMAT_LABELS[value] }))}
          />
        </Group>
        {report.newPeople.length > 0 && (
          <section aria-labelledby="new-people-title">
            <Title order={3} size="h5" id="new-people-title" mb="xs">
              New people
            </Title>
            <NewPeopleTable report={report} />
          </section>
        )}
      </Stack>
    </Paper>
  );
}
