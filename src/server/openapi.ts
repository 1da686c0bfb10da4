import { z } from 'zod';
import { interviewOperations } from './openapi/interviews';
import type { Operation } from './openapi/operation';
import { peopleOperations } from './openapi/people';
import { settingsOperations } from './openapi/settings';

const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    details: z.unknown().optional(),
  }),
});

/** Every endpoint, described once from the same zod schemas that validate it, in the document's order. */
const operations: Operation[] = [
  ...peopleOperations,
  ...interviewOperations,
  ...settingsOperations,
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
