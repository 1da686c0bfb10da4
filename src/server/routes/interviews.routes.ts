import { Hono } from 'hono';
import type { ServiceContext } from '#services/context';
import {
  createExploration,
  listExplorations,
  updateExploration,
} from '#services/exploration.service';
import {
  changeStage,
  createInterview,
  getInterview,
  getInterviewSummary,
  listInterviews,
  patchInterview,
} from '#services/interview.service';
import { logInteraction, recordMessage, recordReply } from '#services/message.service';
import { getPersonTimeline } from '#services/timeline.service';
import { decideAction, getTodayWithPeople } from '#services/today.service';
import { idParam, readJson } from '../request';

export function interviewRoutes(ctx: ServiceContext) {
  return new Hono()
    .get('/interviews', async (c) => c.json(await listInterviews(ctx, c.req.query())))
    .get('/interviews/summary', async (c) => c.json(await getInterviewSummary(ctx)))
    .post('/interviews', async (c) => c.json(await createInterview(ctx, await readJson(c)), 201))
    .get('/interviews/:id', async (c) => c.json(await getInterview(ctx, idParam(c))))
    .patch('/interviews/:id', async (c) =>
      c.json(await patchInterview(ctx, idParam(c), await readJson(c))),
    )
    .post('/interviews/:id/stage', async (c) =>
      c.json(await changeStage(ctx, idParam(c), await readJson(c))),
    )
    .post('/interviews/:id/messages', async (c) =>
      c.json(await recordMessage(ctx, idParam(c), await readJson(c)), 201),
    )
    .post('/interviews/:id/replies', async (c) =>
      c.json(await recordReply(ctx, idParam(c), await readJson(c)), 201),
    )
    .get('/explorations', async (c) => c.json(await listExplorations(ctx)))
    .post('/explorations', async (c) =>
      c.json(await createExploration(ctx, await readJson(c)), 201),
    )
    .patch('/explorations/:id', async (c) =>
      c.json(await updateExploration(ctx, idParam(c), await readJson(c))),
    )
    .get('/people/:id/timeline', async (c) => c.json(await getPersonTimeline(ctx, idParam(c))))
    .post('/interactions', async (c) => c.json(await logInteraction(ctx, await readJson(c)), 201))
    .get('/today', async (c) => c.json(await getTodayWithPeople(ctx, c.req.query())))
    .post('/today/decisions', async (c) => c.json(await decideAction(ctx, await readJson(c)), 201));
}
