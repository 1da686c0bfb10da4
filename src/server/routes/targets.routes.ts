import { Hono } from 'hono';
import { createTarget, deleteTarget, listTargets, updateTarget } from '#services/target.service';
import { whoDoIKnow } from '#services/who.service';
import type { ServiceContext } from '#services/context';
import { idParam, readJson } from '../request';

export function targetRoutes(ctx: ServiceContext) {
  return new Hono()
    .get('/targets', async (c) => c.json(await listTargets(ctx)))
    .post('/targets', async (c) => c.json(await createTarget(ctx, await readJson(c)), 201))
    .patch('/targets/:id', async (c) =>
      c.json(await updateTarget(ctx, idParam(c), await readJson(c))),
    )
    .delete('/targets/:id', async (c) => {
      await deleteTarget(ctx, idParam(c));
      return c.body(null, 204);
    })
    .get('/who-do-i-know', async (c) => c.json(await whoDoIKnow(ctx, c.req.query())));
}
