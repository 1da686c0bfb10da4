import { Hono } from 'hono';
import { importContacts } from '#services/import.service';
import { exportPeople } from '#services/export.service';
import type { ServiceContext } from '#services/context';

/** Contact files in (raw bytes in the body, ?format=&fileName=) and people files out. */
export function importExportRoutes(ctx: ServiceContext) {
  const importFile = async (bytes: ArrayBuffer, query: Record<string, string>, dryRun: boolean) =>
    importContacts(ctx, new Uint8Array(bytes), {
      ...query,
      dryRun,
    });
  return new Hono()
    .post('/imports/preview', async (c) =>
      c.json(await importFile(await c.req.arrayBuffer(), c.req.query(), true)),
    )
    .post('/imports', async (c) =>
      c.json(await importFile(await c.req.arrayBuffer(), c.req.query(), false)),
    )
    .get('/exports/people', async (c) => {
      const file = await exportPeople(ctx, c.req.query());
      c.header('Content-Type', file.contentType);
      c.header('Content-Disposition', `attachment; filename="${file.fileName}"`);
      return c.body(file.body);
    });
}
