import { Hono } from 'hono';
import {
  dismissDuplicate,
  listDuplicates,
  mergePeople,
  undoMerge,
} from '#services/duplicate.service';
import type { ServiceContext } from '#services/context';
import { idParam, readJson } from '../request';

export function duplicateRoutes(ctx: ServiceContext) {
  return new Hono()
    .get('/duplicates', async (c) => c.json(await listDuplicates(ctx)))
    .post('/duplicates/dismiss', async (c) => {
      await dismissDuplicate(ctx, await readJson(c));
      return c.body(null, 204);
    })
    .post('/merges', async (c) => c.json(await mergePeople(ctx, await readJson(c)), 201))
    .post('/merges/:id/undo', async (c) => c.json(await undoMerge(ctx, idParam(c))));
}
