import { AppError, isAppError } from '#core/errors';
import type { Message } from '#core/interview-input';
import {
  MailSettingsInputSchema,
  NOT_CONFIGURED,
  OutgoingMessageSchema,
  type MailSettings,
} from '#core/mail-settings';
import { emlFileName } from '#core/mailto';
import { recipientOf } from '#core/outreach/drafts';
import type { Person } from '#core/person';
import { parseInput } from '#core/validation';
import { withWriteTransaction } from '#store/database';
import { buildEml, composeMail, type MailAddress } from '#formats/eml';
import {
  deleteMailSetting,
  readMailSetting,
  writeMailSetting,
  type MailSettingRow,
} from '#store/mail-settings.store';
import type { ServiceContext } from './context';
import { getInterview } from './interview.service';
import { recordMessage } from './message.service';
import { readExecutor } from './paging';
import { requirePerson } from './person.service';
import { getSettings } from './settings.service';
import { deliver } from './smtp';

/** The user's SMTP settings as shown anywhere: whether a password is saved, never the password. */
export async function getMailSettings(ctx: ServiceContext): Promise<MailSettings> {
  const row = await readMailSetting(readExecutor(ctx), ctx.userId);
  return row ? toView(row) : NOT_CONFIGURED;
}

function toView({ password, ...row }: MailSettingRow): MailSettings {
  return { configured: true, ...row, passwordSet: Boolean(password) };
}

/** Saves the SMTP settings; a missing password keeps the saved one, an empty one removes it. */
export async function saveMailSettings(ctx: ServiceContext, input: unknown): Promise<MailSettings> {
  const fields = parseInput(MailSettingsInputSchema, input, 'mail settings');
  await withWriteTransaction(ctx.db, async (tx) => {
    const current = await readMailSetting(tx, ctx.userId);
    const password =
      fields.password === undefined ? (current?.password ?? null) : fields.password || null;
    await writeMailSetting(tx, ctx.userId, { ...fields, password }, ctx.clock.now());
  });
  return getMailSettings(ctx);
}

export async function removeMailSettings(ctx: ServiceContext): Promise<void> {
  await withWriteTransaction(ctx.db, (tx) => deleteMailSetting(tx, ctx.userId));
}

async function requireMailSettings(ctx: ServiceContext): Promise<MailSettingRow> {
  const row = await readMailSetting(readExecutor(ctx), ctx.userId);
  if (!row) {
    throw new AppError(
      'mail_not_configured',
      'Sending needs your mail server: add it under Settings → Sending e-mail, or open the message in your mail app instead.',
    );
  }
  return row;
}

const sender = (row: MailSettingRow): MailAddress => ({
  name: row.fromName || null,
  address: row.fromAddress,
});

/** Sends a short message to the user's own address, to prove the settings work. */
export async function sendTestMail(
  ctx: ServiceContext,
): Promise<{ sentTo: string; message: string }> {
  const row = await requireMailSettings(ctx);
  const mail = composeMail({
    from: sender(row),
    to: sender(row),
    subject: 'Wayfinder can send your e-mail',
    body: 'This test came from Wayfinder. Your mail settings work: messages you send from the composer will leave from this address.',
    date: ctx.clock.now(),
  });
  await deliver(
    row,
    { from: row.fromAddress, to: row.fromAddress },
    await mail.compile().build(),
    ctx.log,
  );
  return {
    sentTo: row.fromAddress,
    message: `A test message is on its way to ${row.fromAddress}.`,
  };
}

/** Whom a message about an interview is for, and their address: `to` if given, else their first e-mail. */
async function addresseeOf(
  ctx: ServiceContext,
  interviewId: number,
  kind: Message['kind'],
  to: string | undefined,
): Promise<{ person: Person; address: MailAddress | null }> {
  const interview = await getInterview(ctx, interviewId);
  if (recipientOf(kind) === 'person') return withAddress(interview.person, to);
  if (!interview.introducedById) {
    throw new AppError('invalid_input', 'This interview has no introducer to write to', {
      issues: [{ path: 'kind', message: 'no one introduced you to this person' }],
    });
  }
  return withAddress(
    await requirePerson(readExecutor(ctx), ctx.userId, interview.introducedById),
    to,
  );
}

function withAddress(person: Person, to: string | undefined) {
  const address = to ?? person.emails[0];
  return { person, address: address ? { name: person.name, address } : null };
}

/** Sends a message about an interview by SMTP, then records it as sent; nothing is recorded if sending fails. */
export async function sendInterviewMessage(
  ctx: ServiceContext,
  interviewId: number,
  input: unknown,
): Promise<Message> {
  const fields = parseInput(OutgoingMessageSchema, input, 'message');
  const { person, address } = await addresseeOf(ctx, interviewId, fields.kind, fields.to);
  if (!address) {
    throw new AppError(
      'invalid_input',
      `${person.name} has no e-mail address. Add one to their record, or type the address to send to.`,
      { issues: [{ path: 'to', message: 'no e-mail address for this person' }] },
    );
  }
  const row = await requireMailSettings(ctx);
  const sentAt = ctx.clock.now();
  const mail = composeMail({
    from: sender(row),
    to: address,
    subject: fields.subject,
    body: fields.body,
    date: sentAt,
  });
  await deliver(
    row,
    { from: row.fromAddress, to: address.address },
    await mail.compile().build(),
    ctx.log,
  );
  try {
    return await recordMessage(ctx, interviewId, {
      kind: fields.kind,
      channel: 'email',
      ...(fields.subject ? { subject: fields.subject } : {}),
      body: fields.body,
      sentAt: sentAt.toISOString(),
    });
  } catch (error) {
    throw sentButNotRecorded(ctx, interviewId, address.address, error);
  }
}

/**
 * The server already has the message, so the user must hear that it went out, or they would
 * send it twice; the log keeps why recording failed (ids and codes, no message text).
 */
function sentButNotRecorded(
  ctx: ServiceContext,
  interviewId: number,
  to: string,
  error: unknown,
): AppError {
  const known = isAppError(error);
  ctx.log.error('message sent but not recorded', {
    interviewId,
    code: known ? error.code : 'internal',
    ...(known ? {} : { error: error instanceof Error ? error.message : String(error) }),
  });
  const why = known ? error.message : 'something went wrong on our side; it has been logged';
  return new AppError(
    known ? error.code : 'internal',
    `Your message went out to ${to}, but Wayfinder could not record it (${why}). Do not send it again: record it as sent by hand, so its follow-ups are planned.`,
    { details: { sent: true } },
  );
}

/**
 * The message as an .eml draft the user's mail program opens ready to send: from the mail
 * settings, else the profile; To left empty when the recipient has no address.
 */
export async function interviewEml(
  ctx: ServiceContext,
  interviewId: number,
  input: unknown,
): Promise<{ fileName: string; content: Buffer }> {
  const fields = parseInput(OutgoingMessageSchema, input, 'message');
  const { person, address } = await addresseeOf(ctx, interviewId, fields.kind, fields.to);
  const row = await readMailSetting(readExecutor(ctx), ctx.userId);
  const { profile } = await getSettings(ctx);
  const content = await buildEml({
    from: row ? sender(row) : profile.email ? { name: profile.name, address: profile.email } : null,
    to: address,
    subject: fields.subject,
    body: fields.body,
    date: ctx.clock.now(),
  });
  return { fileName: emlFileName(fields.kind, person.name), content };
}
