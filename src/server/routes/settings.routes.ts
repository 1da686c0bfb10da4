import { Hono } from 'hono';
import type { ServiceContext } from '#services/context';
import {
  copyPlaybook,
  deletePlaybook,
  listPlaybooks,
  updatePlaybook,
} from '#services/playbook.service';
import { getSettings, rotateCalendarSecret, updateSettings } from '#services/settings.service';
import { readJson } from '../request';

export function settingsRoutes(ctx: ServiceContext) {
  return new Hono()
    .get('/settings', async (c) => c.json(await getSettings(ctx)))
    .patch('/settings', async (c) => c.json(await updateSettings(ctx, await readJson(c))))
    .post('/settings/calendar-secret', async (c) => c.json(await rotateCalendarSecret(ctx)))
    .get('/playbooks', async (c) => c.json(await listPlaybooks(ctx)))
    .post('/playbooks', async (c) => c.json(await copyPlaybook(ctx, await readJson(c)), 201))
    .patch('/playbooks/:id', async (c) =>
      c.json(await updatePlaybook(ctx, c.req.param('id'), await readJson(c))),
    )
    .delete('/playbooks/:id', async (c) => {
      await deletePlaybook(ctx, c.req.param('id'));
      return c.body(null, 204);
    });
}
