import { z } from 'zod';
import { emailSchema } from './person';
import { MESSAGE_KINDS } from './outreach/types';

/** How the connection to the mail server is protected: TLS from the start (465), STARTTLS (587), or none (a local relay). */
export const MAIL_SECURITY = ['tls', 'starttls', 'none'] as const;
export type MailSecurity = (typeof MAIL_SECURITY)[number];

// A host name or an IPv4/IPv6 address, as a user would type it into any mail program.
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$|^\[?[0-9a-f:.]+\]?$/i;

/** What the user saves; a missing password keeps the one stored, an empty one removes it. */
export const MailSettingsInputSchema = z.strictObject({
  host: z
    .string()
    .trim()
    .min(1, {
      message: 'the mail server’s host name is required, e.g. smtp.gmail.com',
      abort: true,
    })
    .max(253)
    .regex(HOST, 'must be a host name like smtp.example.com or an IP address'),
  port: z
    .number({ error: 'the port is a number, usually 587 or 465' })
    .int()
    .min(1, 'a port is between 1 and 65535')
    .max(65535, 'a port is between 1 and 65535'),
  security: z.enum(MAIL_SECURITY),
  username: z.string().trim().max(320).default(''),
  password: z.string().max(1000).optional(),
  fromName: z.string().trim().max(200).default(''),
  fromAddress: emailSchema,
});
export type MailSettingsInput = z.input<typeof MailSettingsInputSchema>;

/** The settings as every answer shows them: whether a password is saved, never the password. */
export const MailSettingsSchema = z.object({
  configured: z.boolean(),
  host: z.string(),
  port: z.number().int(),
  security: z.enum(MAIL_SECURITY),
  username: z.string(),
  passwordSet: z.boolean(),
  fromName: z.string(),
  fromAddress: z.string(),
  updatedAt: z.string().nullable(),
});
export type MailSettings = z.infer<typeof MailSettingsSchema>;

export const NOT_CONFIGURED: MailSettings = {
  configured: false,
  host: '',
  port: 587,
  security: 'starttls',
  username: '',
  passwordSet: false,
  fromName: '',
  fromAddress: '',
  updatedAt: null,
};

/** A message to send now, or to download as a draft; `to` replaces the recipient's first e-mail. */
export const OutgoingMessageSchema = z.strictObject({
  kind: z.enum(MESSAGE_KINDS),
  subject: z.string().max(300).default(''),
  body: z.string().min(1, 'the message is empty').max(20_000),
  to: emailSchema.optional(),
});
export type OutgoingMessage = z.input<typeof OutgoingMessageSchema>;

export const MailTestResultSchema = z.object({ sentTo: z.string(), message: z.string() });
