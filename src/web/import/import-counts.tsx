import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ImportReport } from '#core/import-plan';

type Props = { report: ImportReport; done?: boolean };

/** The numbers of a preview or a finished import, as a list a screen reader reads in one go. */
export function ImportCounts({ report, done = false }: Props) {
  const items = [
    { n: report.created, label: done ? 'added' : 'new', color: 'teal' },
    { n: report.updated, label: done ? 'updated' : report.updated === 1 ? 'update' : 'updates' },
    { n: report.unchanged, label: 'unchanged' },
    {
      n: report.duplicates,
      label: report.duplicates === 1 ? 'repeated row merged' : 'repeated rows merged',
    },
    {
      n: report.skipped.length,
      label: 'skipped',
      color: report.skipped.length ? 'orange' : undefined,
    },
  ];
  return (
    <SimpleGrid
      cols={{ base: 2, xs: 3, sm: 5 }}
      spacing="sm"
      component="ul"
      aria-label={done ? 'What was imported' : 'What the import will do'}
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
    >
      {items.map((item) => (
        <Paper key={item.label} withBorder p="sm" component="li">
          <Text fz={26} fw={700} c={item.n > 0 ? item.color : 'dimmed'} lh={1.2}>
            {item.n.toLocaleString()}
          </Text>
          <Text size="sm" c="dimmed">
            {item.label}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
