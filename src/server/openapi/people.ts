import { z } from 'zod';
import { ImportReportSchema } from '#core/import-plan';
import { OrganizationSchema } from '#core/organization';
import {
  PersonDetailSchema,
  PersonInputSchema,
  PersonListQuerySchema,
  PersonPatchSchema,
  PersonSchema,
} from '#core/person';
import { TargetInputSchema, TargetPatchSchema, TargetSchema } from '#core/target';
import { MergeInputSchema } from '#services/duplicate.service';
import { ImportOptionsSchema } from '#services/import.service';
import { ExportOptionsSchema } from '#services/export.service';
import {
  NetworkSummarySchema,
  TagCountSchema,
  TagListQuerySchema,
} from '#services/network.service';
import { OrganizationListQuerySchema } from '#services/organization.service';
import { IntroducerSchema, WhoQuerySchema } from '#services/who.service';
import { pageOf, type Operation } from './operation';

const ImportQuerySchema = ImportOptionsSchema.omit({ dryRun: true });

/** The network: people, organizations, imports and exports, duplicates, targets, who-knows-whom. */
export const peopleOperations: Operation[] = [
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
];
