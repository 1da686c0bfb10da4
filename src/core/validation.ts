import { z } from 'zod';
import { AppError, type InputIssue } from './errors';

/** Turns zod issues into located, human-readable issues. */
export function toInputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}

/** Parses untrusted input with a schema, or throws `invalid_input` listing every problem. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = toInputIssues(result.error);
  const first = issues[0];
  const summary = first ? `${first.path}: ${first.message}` : 'invalid value';
  throw new AppError('invalid_input', `Invalid ${what} — ${summary}`, { issues });
}

/** Ids and versions are 32-bit integer columns on PostgreSQL; larger numbers name nothing. */
export const MAX_ID = 2_147_483_647;

/** A positive whole number that fits an id or version column. */
export function idNumber() {
  return z.number().int().positive().max(MAX_ID, 'no record has an id that large');
}
