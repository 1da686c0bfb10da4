import { Badge, Button, Menu } from '@mantine/core';
import { IconChevronDown, IconCopy, IconDownload, IconFileImport } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useDuplicates } from '../api/duplicates.queries';
import { exportUrl } from '../api/imports.api';

/** The network in and out: import a file, export everyone as vCard or CSV. */
export function ImportExportButtons({ hasPeople }: { hasPeople: boolean }) {
  return (
    <>
      <Button
        component={Link}
        to="/import"
        variant="default"
        leftSection={<IconFileImport size={18} />}
      >
        Import
      </Button>
      {hasPeople && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              variant="default"
              leftSection={<IconDownload size={18} />}
              rightSection={<IconChevronDown size={16} />}
            >
              Export
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>Everyone who is not archived</Menu.Label>
            {/* Plain links: the server answers with a file, which the browser saves. */}
            <Menu.Item component="a" href={exportUrl('vcard')} download>
              vCard (.vcf)
            </Menu.Item>
            <Menu.Item component="a" href={exportUrl('csv')} download>
              CSV (.csv)
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
    </>
  );
}

/** Shown only when there is something to review, so a clean network stays quiet. */
export function DuplicatesLink() {
  const duplicates = useDuplicates();
  const total = duplicates.data?.total ?? 0;
  if (total === 0) return null;
  return (
    <Button
      component={Link}
      to="/people/duplicates"
      variant="default"
      leftSection={<IconCopy size={18} />}
      rightSection={
        <Badge size="sm" variant="filled" color="yellow" c="dark" circle={total < 10}>
          {total}
        </Badge>
      }
    >
      Possible duplicates
    </Button>
  );
}
