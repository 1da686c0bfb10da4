import type { ReactNode } from 'react';
import { Accordion, Anchor, List, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ImportReport } from '#core/import-plan';
import { count, fieldList } from './import-words';

/** Skipped rows, updates and repeated rows, each folded away unless short enough to read at once. */
export function ImportDetails({ report }: { report: ImportReport }) {
  const sections: { value: string; title: string; open: boolean; body: ReactNode }[] = [];
  if (report.skipped.length > 0)
    sections.push({
      value: 'skipped',
      title: `${count(report.skipped.length, 'row', 'rows')} skipped, and why`,
      open: report.skipped.length <= 5,
      body: (
        <List size="sm" spacing={4} aria-label="Skipped rows">
          {report.skipped.map((row) => (
            <List.Item key={row.line}>
              <Text span fw={600} size="sm">
                Line {row.line}:
              </Text>{' '}
              {row.reason}
            </List.Item>
          ))}
        </List>
      ),
    });
  if (report.changedPeople.length > 0)
    sections.push({
      value: 'updated',
      title: `What changes for ${count(report.updated, 'person', 'people')} you already have`,
      open: report.changedPeople.length <= 5,
      body: (
        <List size="sm" spacing={4} aria-label="Updates">
          {report.changedPeople.map((row) => (
            <List.Item key={row.line}>
              <Anchor component={Link} to={`/people/${row.personId}`} size="sm">
                {row.name}
              </Anchor>
              : {fieldList(row.fields)}{' '}
              <Text span c="dimmed" size="xs">
                (line {row.line})
              </Text>
            </List.Item>
          ))}
        </List>
      ),
    });
  if (report.duplicateRows.length > 0)
    sections.push({
      value: 'repeated',
      title: `${count(report.duplicates, 'row appears', 'rows appear')} twice in the file and will be merged`,
      open: false,
      body: (
        <List size="sm" spacing={4} aria-label="Repeated rows">
          {report.duplicateRows.map((row) => (
            <List.Item key={row.line}>
              Line {row.line} is the same person as line {row.sameAsLine}
            </List.Item>
          ))}
        </List>
      ),
    });
  if (sections.length === 0) return null;
  return (
    <Accordion
      variant="contained"
      multiple
      defaultValue={sections.filter((section) => section.open).map((section) => section.value)}
    >
      {sections.map((section) => (
        <Accordion.Item key={section.value} value={section.value}>
          <Accordion.Control>{section.title}</Accordion.Control>
          <Accordion.Panel>{section.body}</Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

const SHOWN = 50;

/** The first new people, so the user can see the file was read the way they expect. */
export function NewPeopleTable({ report }: { report: ImportReport }) {
  const rows = report.newPeople.slice(0, SHOWN);
  if (rows.length === 0) return null;
  const more = report.created - rows.length;
  return (
    <div>
      <Table.ScrollContainer minWidth={520}>
        <Table striped highlightOnHover verticalSpacing={6} aria-label="New people">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>Line</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Organization</Table.Th>
              <Table.Th>Title</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.line}>
                <Table.Td c="dimmed">{row.line}</Table.Td>
                <Table.Td fw={500}>{row.name}</Table.Td>
                <Table.Td>{row.organization}</Table.Td>
                <Table.Td>{row.title}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {more > 0 && (
        <Text size="sm" c="dimmed" mt="xs">
          and {count(more, 'more person', 'more people')}
        </Text>
      )}
    </div>
  );
}
