import { z } from 'zod';
import { AppError, type InputIssue } from './errors';

/** Turns zod issues into located, human-readable issues. */
export function toInputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.flatMap((issue) => {
    const at = (path: PropertyKey[]) => path.map(String).join('.') || '(body)';
    // Located at the field itself, which is where the user has to look.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: at([...issue.path, key]),
        message: 'not a field this takes; check its spelling or leave it out',
      }));
    }
    return [{ path: at(issue.path), message: issue.message }];
  });
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

/**
 * A whole number from `min` to `max`, read from text (a query parameter) too; anything else is
 * told what to write, in `message`.
 */
function wholeNumberFrom(min: number, max: number, message: string) {
  return z.coerce
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });
}

/** A query's `limit`: how many things to list, at most `max`. */
export function limitUpTo(max: number) {
  return wholeNumberFrom(1, max, `a whole number from 1 to ${max}`);
}

/** An organization's id in a query, such as a filter of people. */
export function organizationIdParam() {
  return wholeNumberFrom(1, MAX_ID, "an organization's id, a whole number such as 12");
}

/** A positive whole number that fits an id or version column. */
export function idNumber() {
  return z.number().int().positive().max(MAX_ID, 'no record has an id that large');
}
