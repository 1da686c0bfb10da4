import { useEffect } from 'react';
import { AppShell, Burger, Group, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCompass } from '@tabler/icons-react';
import { Link, Outlet, useLocation } from 'react-router';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { GlobalSearch } from './global-search';
import classes from './app-layout.module.css';
import { MainNav } from './main-nav';

/** The frame around every screen: header with search, navigation (a burger on phones), content. */
export function AppLayout() {
  const [navOpen, { toggle, close }] = useDisclosure(false);
  const location = useLocation();

  // On a phone the menu covers the page, so close it once the user has picked a destination.
  useEffect(close, [location.pathname, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a className="wf-skip-link" href="#main">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={navOpen}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpen ? 'Close navigation' : 'Open navigation'}
            />
            <UnstyledButton component={Link} to="/" aria-label="Wayfinder, go to Today">
              <Group gap={8} wrap="nowrap">
                <ThemeIcon variant="light" size="lg" radius="xl" aria-hidden>
                  <IconCompass size={20} stroke={1.6} />
                </ThemeIcon>
                <Text fw={700} size="lg" visibleFrom="xs">
                  Wayfinder
                </Text>
              </Group>
            </UnstyledButton>
          </Group>
          <GlobalSearch />
          <ColorSchemeToggle />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        <MainNav />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
