import { afterEach, beforeEach } from 'vitest';
import { createApp } from '#server/app';
import type { ServiceContext } from '#services/context';
import { openTestContext, type TestDatabase } from './databases';

export const TEST_ORIGIN = 'http://127.0.0.1:4747';

/** The whole HTTP app on a fresh test database, answering as if served at TEST_ORIGIN. */
export async function openTestApp(database: TestDatabase) {
  const opened = await openTestContext(database);
  const ctx = { ...opened, config: { ...opened.config, port: 4747 } };
  return { ctx, app: createApp(ctx, { webRoot: null, version: 'test' }) };
}

export type TestApp = ReturnType<typeof createApp>;

/**
 * A fresh app on `database` before each test, its database closed after it. `use` receives each
 * one, e.g. `eachTestApp(database, (opened) => ({ ctx, app } = opened))`.
 */
export function eachTestApp(
  database: TestDatabase,
  use: (opened: { ctx: ServiceContext; app: TestApp }) => void,
): void {
  let opened: { ctx: ServiceContext; app: TestApp } | undefined;
  beforeEach(async () => {
    opened = await openTestApp(database);
    use(opened);
  });
  afterEach(async () => {
    await opened?.ctx.db.close();
  });
}
