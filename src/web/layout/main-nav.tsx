import { Anchor, AppShell, Divider, NavLink, Stack, Text } from '@mantine/core';
import {
  IconBook2,
  IconBuilding,
  IconFileImport,
  IconKeyboard,
  IconMessages,
  IconRoute,
  IconSettings,
  IconSun,
  IconUsers,
} from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';

const ITEMS = [
  { to: '/', label: 'Today', icon: IconSun },
  { to: '/people', label: 'People', icon: IconUsers },
  { to: '/organizations', label: 'Organizations', icon: IconBuilding },
  { to: '/interviews', label: 'Interviews', icon: IconMessages },
  { to: '/explorations', label: 'Explorations', icon: IconRoute },
  { to: '/import', label: 'Import', icon: IconFileImport },
  { to: '/settings', label: 'Settings', icon: IconSettings },
] as const;

function isActive(pathname: string, to: string) {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

export function MainNav() {
  const { pathname } = useLocation();
  return (
    <>
      <AppShell.Section grow component="nav" aria-label="Sections">
        <Stack gap={2}>
          {ITEMS.map(({ to, label, icon: Icon }) => {
            const active = isActive(pathname, to);
            return (
              <NavLink
                key={to}
                component={Link}
                to={to}
                label={label}
                active={active}
                aria-current={active ? 'page' : undefined}
                leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
                variant="light"
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              />
            );
          })}
        </Stack>
      </AppShell.Section>
      <AppShell.Section component="footer">
        <Divider mb="sm" />
        <Stack gap={4} px="xs">
          <Anchor href="/api/docs" target="_blank" rel="noopener" size="sm" c="dimmed">
            <IconBook2
              size={14}
              stroke={1.6}
              aria-hidden
              style={{ verticalAlign: -2, marginRight: 6 }}
            />
            API reference
          </Anchor>
          <Text size="xs" c="dimmed">
            <IconKeyboard
              size={14}
              stroke={1.6}
              aria-hidden
              style={{ verticalAlign: -2, marginRight: 6 }}
            />
            Press <kbd>/</kbd> to search
          </Text>
        </Stack>
      </AppShell.Section>
    </>
  );
}
