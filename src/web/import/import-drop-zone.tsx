import { Group, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconFileImport, IconUpload, IconX } from '@tabler/icons-react';
import { MAX_IMPORT_BYTES } from '#core/import-plan';
import { fileSize } from './import-words';

type Props = {
  onFile: (file: File) => void;
  onRefused: (message: string) => void;
  /** The file being read: the zone shows a loader and takes no new file until it is done. */
  reading?: string;
};

function refusal([rejection]: FileRejection[]): string {
  const error = rejection?.errors[0];
  if (error?.code === 'file-too-large' && rejection)
    return `${rejection.file.name} is ${fileSize(rejection.file.size)}; Wayfinder reads files up to ${fileSize(MAX_IMPORT_BYTES)}. Export only your connections or contacts, not the whole archive.`;
  if (error?.code === 'too-many-files') return 'Drop one file at a time.';
  return error?.message ?? 'That file could not be read.';
}

/**
 * Where a contacts file goes in: dropped on it, or chosen with a click, Enter or Space. The type
 * is not checked here: the server recognizes the format and says plainly when it cannot.
 */
export function ImportDropZone({ onFile, onRefused, reading }: Props) {
  return (
    <Dropzone
      onDrop={([file]) => file && onFile(file)}
      onReject={(rejections) => onRefused(refusal(rejections))}
      multiple={false}
      maxSize={MAX_IMPORT_BYTES}
      loading={Boolean(reading)}
      role="button"
      aria-label="Drop a contacts file here, or press Enter to choose one"
      aria-describedby="import-drop-hint"
      aria-busy={Boolean(reading) || undefined}
      inputProps={{ 'aria-label': 'Choose a contacts file' }}
      p="xl"
    >
      <Group justify="center" gap="lg" mih={140} wrap="nowrap" style={{ pointerEvents: 'none' }}>
        <Dropzone.Accept>
          <IconUpload size={48} stroke={1.4} color="var(--mantine-primary-color-filled)" />
        </Dropzone.Accept>
        <Dropzone.Reject>
          <IconX size={48} stroke={1.4} color="var(--mantine-color-red-6)" />
        </Dropzone.Reject>
        <Dropzone.Idle>
          <IconFileImport size={48} stroke={1.4} color="var(--mantine-color-dimmed)" />
        </Dropzone.Idle>
        <Stack gap={4}>
          <Text size="lg" fw={600}>
            {reading ? `Reading ${reading}…` : 'Drag your file here, or click to choose it'}
          </Text>
          <Text size="sm" c="dimmed" id="import-drop-hint">
            One file, up to {fileSize(MAX_IMPORT_BYTES)}. You see what it holds before anything
            changes.
          </Text>
        </Stack>
      </Group>
    </Dropzone>
  );
}
