import type { ReactElement, ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import { theme } from '../theme';

/** Renders a component with the app's providers; `env="test"` turns off Mantine's transitions and portals' delays. */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/', path = '*' }: { route?: string; path?: string } = {},
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme} env="test">
        <Notifications />
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route path={path} element={children} />
            <Route path="*" element={<p>Elsewhere</p>} />
          </Routes>
        </MemoryRouter>
      </MantineProvider>
    </QueryClientProvider>
  );
  return { queryClient, ...render(ui, { wrapper }) };
}

type Answer = { status?: number; body?: unknown } | undefined;
/** May answer later (a Promise), to hold a request in flight while the test does something else. */
type Handler = (url: URL, init: RequestInit) => Answer | Promise<Answer>;

/** Replaces fetch with a tiny in-test server; returns the calls made so tests can check what was sent. */
export function fakeServer(handler: Handler) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  // stubGlobal is undone by setup-dom's afterEach, so one test's server never answers another's.
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method: init.method ?? 'GET', path: url.pathname, body });
    const answer = (await handler(url, init)) ?? {
      status: 404,
      body: { error: { code: 'not_found', message: 'nothing here' } },
    };
    const status = answer.status ?? 200;
    return new Response(status === 204 ? null : JSON.stringify(answer.body ?? {}), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  return calls;
}
