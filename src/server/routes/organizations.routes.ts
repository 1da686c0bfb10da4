import { Hono } from 'hono';
import { getOrganization, listOrganizations } from '#services/organization.service';
import type { ServiceContext } from '#services/context';
import { idParam } from '../request';

export function organizationRoutes(ctx: ServiceContext) {
  return new Hono()
    .get('/', async (c) => c.json(await listOrganizations(ctx, c.req.query())))
    .get('/:id', async (c) => c.json(await getOrganization(ctx, idParam(c))));
}
