import { Hono } from 'hono';
import type { ServiceContext } from '#services/context';
import {
  getMailSettings,
  interviewEml,
  removeMailSettings,
  saveMailSettings,
  sendInterviewMessage,
  sendTestMail,
} from '#services/mail.service';
import { idParam, readJson } from '../request';

/** SMTP settings, sending a message about an interview, and the same message as an .eml draft. */
export function mailRoutes(ctx: ServiceContext) {
  return new Hono()
    .get('/settings/mail', async (c) => c.json(await getMailSettings(ctx)))
    .put('/settings/mail', async (c) => c.json(await saveMailSettings(ctx, await readJson(c))))
    .delete('/settings/mail', async (c) => {
      await removeMailSettings(ctx);
      return c.body(null, 204);
    })
    .post('/settings/mail/test', async (c) => c.json(await sendTestMail(ctx)))
    .post('/interviews/:id/send', async (c) =>
      c.json(await sendInterviewMessage(ctx, idParam(c), await readJson(c)), 201),
    )
    .post('/interviews/:id/eml', async (c) => {
      const file = await interviewEml(ctx, idParam(c), await readJson(c));
      c.header('Content-Type', 'message/rfc822');
      c.header('Content-Disposition', `attachment; filename="${file.fileName}"`);
      return c.body(new Uint8Array(file.content));
    });
}
