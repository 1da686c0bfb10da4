import { Hono } from 'hono';
import { getNetworkSummary, listTags } from '#services/network.service';
import type { ServiceContext } from '#services/context';

export function networkRoutes(ctx: ServiceContext) {
  return new Hono()
    .get('/summary', async (c) => c.json(await getNetworkSummary(ctx)))
    .get('/tags', async (c) => c.json(await listTags(ctx, c.req.query())));
}
