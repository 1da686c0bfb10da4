import { Hono } from 'hono';
import {
  createPerson,
  deletePerson,
  getPerson,
  listPeople,
  setArchived,
  updatePerson,
} from '#services/person.service';
import type { ServiceContext } from '#services/context';
import { idParam, readJson } from '../request';

export function peopleRoutes(ctx: ServiceContext) {
  return new Hono()
    .get('/', async (c) => c.json(await listPeople(ctx, c.req.query())))
    .post('/', async (c) => c.json(await createPerson(ctx, await readJson(c)), 201))
    .get('/:id', async (c) => c.json(await getPerson(ctx, idParam(c))))
    .patch('/:id', async (c) => c.json(await updatePerson(ctx, idParam(c), await readJson(c))))
    .delete('/:id', async (c) => {
      await deletePerson(ctx, idParam(c));
      return c.body(null, 204);
    })
    .post('/:id/archive', async (c) => c.json(await setArchived(ctx, idParam(c), true)))
    .post('/:id/restore', async (c) => c.json(await setArchived(ctx, idParam(c), false)));
}
