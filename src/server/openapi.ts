import { z } from 'zod';
import { OrganizationSchema } from '#core/organization';
import {
  PersonDetailSchema,
  PersonInputSchema,
  PersonListQuerySchema,
  PersonPatchSchema,
  PersonSchema,
} from '#core/person';
import {
  NetworkSummarySchema,
  TagCountSchema,
  TagListQuerySchema,
} from '#services/network.service';
import { OrganizationListQuerySchema } from '#services/organization.service';
import { ExportOptionsSchema } from '#services/export.service';
import { MergeInputSchema } from '#services/duplicate.service';
import { IntroducerSchema, WhoQuerySchema } from '#services/who.service';
import { TargetInputSchema, TargetPatchSchema, TargetSchema } from '#core/target';
import { ImportReportSchema } from '#core/import-plan';
import {
  DecisionInputSchema,
  ExplorationInputSchema,
  ExplorationSchema,
  InteractionInputSchema,
  InteractionSchema,
  InterviewInputSchema,
  InterviewListQuerySchema,
  InterviewSchema,
  MessageInputSchema,
  MessageSchema,
  ReplyInputSchema,
  StageChangeSchema,
  TodayQuerySchema,
  InterviewPatchSchema,
} from '#core/interview-input';
import { ImportOptionsSchema } from '#services/import.service';
import { SettingsPatchSchema, SettingsSchema } from '#core/settings';
import { PlaybookCopyInputSchema, PlaybookPatchSchema, PlaybookSchema } from '#core/playbook';
import {
  MailSettingsInputSchema,
  MailSettingsSchema,
  MailTestResultSchema,
  OutgoingMessageSchema,
} from '#core/mail-settings';
import {
  AgendaWithPeopleSchema,
  ExplorationPatchSchema,
  ExplorationSummarySchema,
  InterviewListItemSchema,
  PersonTimelineSchema,
} from '#core/interview-view';

type Operation = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  tag: string;
  summary: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The body is a file's raw bytes rather than JSON. */
  fileBody?: boolean;
  response?: z.ZodType;
  /** The answer is a file of this type rather than JSON. */
  fileResponse?: string;
  /** `{id}` is a text id (a playbook's) rather than a number. */
  textId?: boolean;
  status?: number;
  errors?: number[];
};

const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    details: z.unknown().optional(),
  }),
});

const ImportQuerySchema = ImportOptionsSchema.omit({ dryRun: true });
const pageOf = (item: z.ZodType) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** Every endpoint, described once from the same zod schemas that validate it. */
const operations: Operation[] = [
  {
    method: 'get',
    path: '/api/health',
    tag: 'System',
    summary: 'Is the server up?',
    response: z.object({ status: z.literal('ok') }),
  },
  {
    method: 'get',
    path: '/api/people',
    tag: 'People',
    summary: 'List or search people (search as you type with q)',
    query: PersonListQuerySchema,
    response: pageOf(PersonSchema),
    errors: [400],
  },
  {
    method: 'post',
    path: '/api/people',
    tag: 'People',
    summary: 'Add a person',
    body: PersonInputSchema,
    response: PersonSchema,
    status: 201,
    errors: [400, 413],
  },
  {
    method: 'get',
    path: '/api/people/{id}',
    tag: 'People',
    summary: 'One person, with who introduced them and whom they introduced',
    response: PersonDetailSchema,
    errors: [404],
  },
  {
    method: 'patch',
    path: '/api/people/{id}',
    tag: 'People',
    summary: 'Change a person (send the version you read; 409 when it is stale)',
    body: PersonPatchSchema,
    response: PersonSchema,
    errors: [400, 404, 409],
  },
  {
    method: 'delete',
    path: '/api/people/{id}',
    tag: 'People',
    summary: 'Delete a person for good',
    status: 204,
    errors: [404],
  },
  {
    method: 'post',
    path: '/api/people/{id}/archive',
    tag: 'People',
    summary: 'Archive a person (hidden from lists, kept)',
    response: PersonSchema,
    errors: [404],
  },
  {
    method: 'post',
    path: '/api/people/{id}/restore',
    tag: 'People',
    summary: 'Restore an archived person',
    response: PersonSchema,
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/organizations',
    tag: 'Organizations',
    summary: 'Organizations with how many people you know there',
    query: OrganizationListQuerySchema,
    response: pageOf(OrganizationSchema),
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/summary',
    tag: 'Network',
    summary: 'How many people and organizations you have',
    response: NetworkSummarySchema,
  },
  {
    method: 'get',
    path: '/api/tags',
    tag: 'Network',
    summary: 'Tags in use, most used first',
    query: TagListQuerySchema,
    response: z.object({ items: z.array(TagCountSchema) }),
    errors: [400],
  },
  {
    method: 'post',
    path: '/api/imports/preview',
    tag: 'Import and export',
    summary: 'What importing this contacts file would do (nothing is written)',
    query: ImportQuerySchema,
    fileBody: true,
    response: ImportReportSchema,
    errors: [400, 413],
  },
  {
    method: 'post',
    path: '/api/imports',
    tag: 'Import and export',
    summary:
      'Import a contacts file (LinkedIn, Google, Outlook, Thunderbird CSV or vCard): all rows or none',
    query: ImportQuerySchema,
    fileBody: true,
    response: ImportReportSchema,
    errors: [400, 409, 413],
  },
  {
    method: 'get',
    path: '/api/exports/people',
    tag: 'Import and export',
    summary: 'Everyone as a vCard 4.0 or CSV file',
    query: ExportOptionsSchema,
    fileResponse: 'text/vcard',
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/duplicates',
    tag: 'Duplicates',
    summary: 'People who are probably the same person, strongest evidence first',
    response: z.object({
      items: z.array(
        z.object({
          people: z.tuple([PersonSchema, PersonSchema]),
          reasons: z.array(
            z.object({
              kind: z.enum(['email', 'linkedin', 'name_at_organization']),
              value: z.string(),
            }),
          ),
        }),
      ),
      total: z.number().int(),
    }),
  },
  {
    method: 'post',
    path: '/api/duplicates/dismiss',
    tag: 'Duplicates',
    summary: 'These two are different people: stop suggesting them',
    body: z.object({ personIds: z.tuple([z.number().int(), z.number().int()]) }),
    status: 204,
    errors: [400],
  },
  {
    method: 'post',
    path: '/api/merges',
    tag: 'Duplicates',
    summary: 'Merge one person into another, field by field (undoable)',
    body: MergeInputSchema,
    response: z.object({ mergeId: z.number().int(), person: PersonSchema }),
    status: 201,
    errors: [400, 404, 409],
  },
  {
    method: 'post',
    path: '/api/merges/{id}/undo',
    tag: 'Duplicates',
    summary: 'Undo a merge: both people as they were',
    response: z.object({ kept: PersonSchema, restored: PersonSchema }),
    errors: [404, 409],
  },
  {
    method: 'get',
    path: '/api/targets',
    tag: 'Targets',
    summary: 'Targets ranked by motivation, posting and advocacy; the top five flagged',
    response: z.object({ items: z.array(TargetSchema) }),
  },
  {
    method: 'post',
    path: '/api/targets',
    tag: 'Targets',
    summary: 'Mark an organization, role or field as a target',
    body: TargetInputSchema,
    response: TargetSchema,
    status: 201,
    errors: [400, 409],
  },
  {
    method: 'patch',
    path: '/api/targets/{id}',
    tag: 'Targets',
    summary: 'Change motivation, posting or notes (send the version you read)',
    body: TargetPatchSchema,
    response: TargetSchema,
    errors: [400, 404, 409],
  },
  {
    method: 'delete',
    path: '/api/targets/{id}',
    tag: 'Targets',
    summary: 'No longer a target',
    status: 204,
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/who-do-i-know',
    tag: 'Targets',
    summary:
      'People at an organization (or in a role or field) and who could introduce you, warmest first',
    query: WhoQuerySchema,
    response: z.object({
      organization: OrganizationSchema.nullable(),
      keyword: z.string().nullable(),
      people: z.array(PersonSchema),
      introducers: z.array(IntroducerSchema),
    }),
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/interviews',
    tag: 'Interviews',
    summary:
      'Interviews, newest first, with names, filtered by person, stage, exploration or organization',
    query: InterviewListQuerySchema,
    response: z.object({ items: z.array(InterviewListItemSchema) }),
    errors: [400],
  },
  {
    method: 'post',
    path: '/api/interviews',
    tag: 'Interviews',
    summary: 'Start an interview with a person (the introducer is copied from the person)',
    body: InterviewInputSchema,
    response: InterviewSchema,
    status: 201,
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/interviews/{id}',
    tag: 'Interviews',
    summary: 'One interview with its person, explorations, messages and the timeline',
    response: InterviewSchema.extend({
      person: PersonDetailSchema,
      explorations: z.array(ExplorationSchema),
      messages: z.array(MessageSchema),
      interactions: z.array(InteractionSchema),
    }),
    errors: [404],
  },
  {
    method: 'patch',
    path: '/api/interviews/{id}',
    tag: 'Interviews',
    summary: 'Change the playbook it follows or its introducer (send the version you read)',
    body: InterviewPatchSchema,
    response: InterviewSchema,
    errors: [400, 404, 409],
  },
  {
    method: 'post',
    path: '/api/interviews/{id}/stage',
    tag: 'Interviews',
    summary: 'Move to another stage (send the version you read); logged on the timeline',
    body: StageChangeSchema,
    response: InterviewSchema,
    errors: [400, 404, 409, 422],
  },
  {
    method: 'post',
    path: '/api/interviews/{id}/messages',
    tag: 'Interviews',
    summary: 'Record a sent message; a sent request moves idea to asked',
    body: MessageInputSchema,
    response: MessageSchema,
    status: 201,
    errors: [400, 404, 409],
  },
  {
    method: 'post',
    path: '/api/interviews/{id}/replies',
    tag: 'Interviews',
    summary: 'Log a reply: positive agrees, negative declines, later keeps the stage',
    body: ReplyInputSchema,
    response: InterviewSchema,
    status: 201,
    errors: [400, 404, 409],
  },
  {
    method: 'post',
    path: '/api/interviews/{id}/send',
    tag: 'Sending',
    summary:
      'Send a message by SMTP to the person (the introducer for an introduction request or their thanks), then record it as sent',
    body: OutgoingMessageSchema,
    response: MessageSchema,
    status: 201,
    errors: [400, 404, 409, 502],
  },
  {
    method: 'post',
    path: '/api/interviews/{id}/eml',
    tag: 'Sending',
    summary: 'The same message as an .eml draft that mail programs open ready to send',
    body: OutgoingMessageSchema,
    fileResponse: 'message/rfc822',
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/settings/mail',
    tag: 'Sending',
    summary: 'Your SMTP settings (whether a password is saved, never the password)',
    response: MailSettingsSchema,
  },
  {
    method: 'put',
    path: '/api/settings/mail',
    tag: 'Sending',
    summary: 'Save your SMTP settings; leave out the password to keep the saved one',
    body: MailSettingsInputSchema,
    response: MailSettingsSchema,
    errors: [400],
  },
  {
    method: 'delete',
    path: '/api/settings/mail',
    tag: 'Sending',
    summary: 'Forget your SMTP settings',
    status: 204,
  },
  {
    method: 'post',
    path: '/api/settings/mail/test',
    tag: 'Sending',
    summary: 'Send a test message to your own address',
    response: MailTestResultSchema,
    errors: [409, 502],
  },
  {
    method: 'get',
    path: '/api/explorations',
    tag: 'Interviews',
    summary: 'Fields, roles, industries and organizations you are exploring, with interview counts',
    response: z.object({ items: z.array(ExplorationSummarySchema) }),
  },
  {
    method: 'patch',
    path: '/api/explorations/{id}',
    tag: 'Interviews',
    summary: 'Change an exploration (send the version you read)',
    body: ExplorationPatchSchema,
    response: ExplorationSchema,
    errors: [400, 404, 409],
  },
  {
    method: 'get',
    path: '/api/people/{id}/timeline',
    tag: 'Interviews',
    summary: "A person's interviews, messages and interactions",
    response: PersonTimelineSchema,
    errors: [404],
  },
  {
    method: 'post',
    path: '/api/explorations',
    tag: 'Interviews',
    summary: 'Start exploring a field, role, industry or organization',
    body: ExplorationInputSchema,
    response: ExplorationSchema,
    status: 201,
    errors: [400],
  },
  {
    method: 'post',
    path: '/api/interactions',
    tag: 'Interviews',
    summary: 'Log a call, meeting, note or message with a person',
    body: InteractionInputSchema,
    response: InteractionSchema,
    status: 201,
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/today',
    tag: 'Today',
    summary: 'What to do: overdue, due today and the next two weeks, each with its reason',
    query: TodayQuerySchema,
    response: AgendaWithPeopleSchema,
    errors: [400],
  },
  {
    method: 'post',
    path: '/api/today/decisions',
    tag: 'Today',
    summary: 'Mark an action done, dismiss it or snooze it to a day',
    body: DecisionInputSchema,
    response: DecisionInputSchema,
    status: 201,
    errors: [400, 404, 409, 422],
  },
  {
    method: 'get',
    path: '/api/organizations/{id}',
    tag: 'Organizations',
    summary: 'One organization',
    response: OrganizationSchema,
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/settings',
    tag: 'Settings',
    summary: 'Your profile, time zone, active playbook and private calendar feed address',
    response: SettingsSchema,
  },
  {
    method: 'patch',
    path: '/api/settings',
    tag: 'Settings',
    summary: 'Change any of profile, time zone (IANA) and active playbook',
    body: SettingsPatchSchema,
    response: SettingsSchema,
    errors: [400],
  },
  {
    method: 'post',
    path: '/api/settings/calendar-secret',
    tag: 'Settings',
    summary: 'A new calendar feed address; the old one stops working',
    response: SettingsSchema,
  },
  {
    method: 'get',
    path: '/api/playbooks',
    tag: 'Settings',
    summary: 'The built-in playbooks, then your copies',
    response: z.object({ items: z.array(PlaybookSchema) }),
  },
  {
    method: 'post',
    path: '/api/playbooks',
    tag: 'Settings',
    summary: 'Copy a playbook under a new name (its id comes from the name)',
    body: PlaybookCopyInputSchema,
    response: PlaybookSchema,
    status: 201,
    errors: [400],
  },
  {
    method: 'patch',
    path: '/api/playbooks/{id}',
    tag: 'Settings',
    summary: 'Change some rules of your copy; built-in playbooks refuse (403)',
    textId: true,
    body: PlaybookPatchSchema,
    response: PlaybookSchema,
    errors: [400, 404],
  },
  {
    method: 'delete',
    path: '/api/playbooks/{id}',
    tag: 'Settings',
    summary: 'Delete your copy; its interviews move to the active playbook',
    textId: true,
    status: 204,
    errors: [404],
  },
  {
    method: 'get',
    path: '/calendar/{file}',
    tag: 'Settings',
    summary: 'The private iCalendar feed at calendarFeedPath: scheduled interviews and due actions',
    fileResponse: 'text/calendar',
    errors: [404],
  },
];

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input: see error.issues for each field',
  404: 'Not found',
  409: 'Stale version (error.details.current holds the stored record), or mail_not_configured',
  413: 'Body too large',
  502: 'The mail server refused the message or could not be reached: error.message says why',
  422: 'Not a move the method allows: error.details.allowed lists the possible stages',
};

/** The OpenAPI 3.1 description served at /api/openapi.json. */
export function openApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const parameters = [
      ...[...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
        name,
        in: 'path',
        required: true,
        schema: name === 'id' && !op.textId ? { type: 'integer', minimum: 1 } : { type: 'string' },
      })),
      ...Object.entries(op.query?.shape ?? {}).map(([name, schema]) => ({
        name,
        in: 'query',
        required: false,
        schema: jsonSchema(schema as z.ZodType, 'input'),
      })),
    ];
    const responses: Record<string, unknown> = {
      [String(op.status ?? 200)]: op.response
        ? {
            description: 'OK',
            content: { 'application/json': { schema: jsonSchema(op.response, 'output') } },
          }
        : op.fileResponse
          ? {
              description: 'The file',
              content: {
                [op.fileResponse]: { schema: { type: 'string' } },
                // The people export answers CSV too, when asked for it.
                ...(op.fileResponse === 'text/vcard'
                  ? { 'text/csv': { schema: { type: 'string' } } }
                  : {}),
              },
            }
          : { description: 'Done' },
    };
    for (const status of [...(op.errors ?? []), 403]) {
      responses[String(status)] = {
        description: ERROR_TEXT[status] ?? 'Refused: foreign Host or cross-site request',
        content: { 'application/json': { schema: jsonSchema(ErrorSchema, 'output') } },
      };
    }
    paths[op.path] = {
      ...paths[op.path],
      [op.method]: {
        tags: [op.tag],
        summary: op.summary,
        ...(parameters.length ? { parameters } : {}),
        ...(op.fileBody
          ? {
              requestBody: {
                required: true,
                content: {
                  'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
                },
              },
            }
          : {}),
        ...(op.body
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: jsonSchema(op.body, 'input') } },
              },
            }
          : {}),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wayfinder API',
      version,
      description:
        'The HTTP API of Wayfinder, the workbench for informational interviews. Errors are {"error":{"code","message","issues"?}}.',
    },
    servers: [{ url: '/' }],
    paths,
  };
}
