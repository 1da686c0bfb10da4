import { createApp } from '#server/app';
import { openTestContext, type TestDatabase } from './databases';

export const TEST_ORIGIN = 'http://127.0.0.1:4747';

/** The whole HTTP app on a fresh test database, answering as if served at TEST_ORIGIN. */
export async function openTestApp(database: TestDatabase) {
  const opened = await openTestContext(database);
  const ctx = { ...opened, config: { ...opened.config, port: 4747 } };
  return { ctx, app: createApp(ctx, { webRoot: null, version: 'test' }) };
}
