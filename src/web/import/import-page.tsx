import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Anchor,
  Container,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconBrandLinkedin } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ImportFormat, ImportReport } from '#core/import-plan';
import { importsApi } from '../api/imports.api';
import { refreshAfterChange } from '../api/people.queries';
import { ImportDropZone } from './import-drop-zone';
import { ImportPreview } from './import-preview';
import { ImportResult } from './import-result';
import { count, fileSize } from './import-words';

type Stage =
  | { step: 'choose' }
  | { step: 'reading'; file: File }
  | { step: 'preview'; file: File; report: ImportReport; format?: ImportFormat }
  | { step: 'importing'; file: File; report: ImportReport; format?: ImportFormat }
  | { step: 'done'; file: File; report: ImportReport };

const message = (error: unknown) =>
  error instanceof Error ? error.message : 'Something went wrong; please try again.';

/** Bring a network in: drop a file, read the preview, confirm, see the result. */
export function ImportPage() {
  const queryClient = useQueryClient();
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [error, setError] = useState<string | null>(null);
  // Answers to a file the user has since replaced are ignored.
  const attempt = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);

  const read = async (file: File, format?: ImportFormat) => {
    const mine = ++attempt.current;
    setError(null);
    setStage({ step: 'reading', file });
    try {
      const report = await importsApi.preview(file, format);
      if (mine === attempt.current) setStage({ step: 'preview', file, report, format });
    } catch (caught) {
      if (mine !== attempt.current) return;
      setError(message(caught));
      setStage({ step: 'choose' });
    }
  };

  const confirm = async () => {
    if (stage.step !== 'preview') return;
    const mine = ++attempt.current;
    setError(null);
    setStage({ ...stage, step: 'importing' });
    try {
      const report = await importsApi.commit(stage.file, stage.format);
      void refreshAfterChange(queryClient);
      if (mine === attempt.current) setStage({ step: 'done', file: stage.file, report });
    } catch (caught) {
      if (mine !== attempt.current) return;
      // Imports are all or nothing, so the preview is still true: let the user try again.
      setError(`${message(caught)} Nothing was changed.`);
      setStage({ ...stage, step: 'preview' });
    }
  };

  const startOver = () => {
    attempt.current += 1;
    setError(null);
    setStage({ step: 'choose' });
  };

  // Each new step moves focus to the page heading, so keyboard and screen-reader users follow along.
  useEffect(() => {
    if (stage.step !== 'reading') heading.current?.focus();
  }, [stage.step]);

  return (
    <Container size="md" px={0}>
      <title>Import · Wayfinder</title>
      <Stack gap="lg">
        <div>
          <Title order={1} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
            Import your network
          </Title>
          <Text c="dimmed" mt={4}>
            Start with who you already know. Bring in the contacts you keep elsewhere; you see who
            comes in before anything changes.
          </Text>
        </div>
        {error && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title="This file could not be imported"
            role="alert"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setError(null)}
          >
            {error}
          </Alert>
        )}
        {(stage.step === 'choose' || stage.step === 'reading') && (
          <>
            <Paper withBorder p="md" bg="var(--mantine-color-default-hover)">
              <Stack gap={6}>
                <Text fw={600}>
                  <IconBrandLinkedin
                    size={18}
                    style={{ verticalAlign: -3, marginRight: 6 }}
                    aria-hidden
                  />
                  Your LinkedIn connections
                </Text>
                <Text size="sm">
                  On LinkedIn, open <b>Settings → Data privacy → Get a copy of your data</b>, pick{' '}
                  <b>Connections</b> and request the archive. LinkedIn e-mails you a link, usually
                  within minutes; unzip it and drop <b>Connections.csv</b> below.
                </Text>
                <Text size="sm" c="dimmed">
                  Other files work too: a CSV exported from Google Contacts, Outlook or Thunderbird,
                  or vCard (.vcf) files from your phone or Apple Contacts.
                </Text>
              </Stack>
            </Paper>
            <ImportDropZone
              onFile={(file) => void read(file)}
              onRefused={setError}
              reading={stage.step === 'reading' ? stage.file.name : undefined}
            />
          </>
        )}
        {stage.step === 'preview' && (
          <ImportPreview
            file={stage.file}
            report={stage.report}
            onConfirm={() => void confirm()}
            onChooseAnother={startOver}
            onReadAs={(format) => void read(stage.file, format)}
          />
        )}
        {stage.step === 'importing' && (
          <Paper withBorder p="lg">
            <Stack gap="sm">
              <Text fw={600} role="status">
                Importing {count(stage.report.created + stage.report.updated, 'person', 'people')}{' '}
                from {stage.file.name} ({fileSize(stage.file.size)})…
              </Text>
              <Progress value={100} striped animated size="lg" aria-label="Importing" />
              <Text size="sm" c="dimmed">
                All or nothing: if anything goes wrong, your network stays as it was.
              </Text>
            </Stack>
          </Paper>
        )}
        {stage.step === 'done' && <ImportResult report={stage.report} onAnother={startOver} />}
        <VisuallyHidden aria-live="polite">
          {stage.step === 'preview'
            ? `Preview ready: ${stage.report.created} new, ${stage.report.updated} updates, ${stage.report.skipped.length} skipped.`
            : stage.step === 'done'
              ? 'Import finished.'
              : ''}
        </VisuallyHidden>
        {stage.step === 'choose' && (
          <Text size="sm" c="dimmed">
            Prefer to start small?{' '}
            <Anchor component={Link} to="/people/new">
              Add one person by hand
            </Anchor>
            .
          </Text>
        )}
      </Stack>
    </Container>
  );
}
