import { z } from 'zod';
import { AppError } from '#core/errors';
import { decodeCursor } from '#core/cursor';
import type { Organization } from '#core/organization';
import type { Page } from '#core/person';
import { limitUpTo, parseInput } from '#core/validation';
import { listOrganizations as listOrganizationRows } from '#store/organization.store';
import type { ServiceContext } from './context';
import { readExecutor, toPage } from './paging';

export const OrganizationListQuerySchema = z.strictObject({
  q: z.string().max(200).optional(),
  limit: limitUpTo(200).default(50),
  cursor: z.string().max(200).optional(),
});

/** Organizations the owner knows people at, by name, with the count of people there. */
export async function listOrganizations(
  ctx: ServiceContext,
  query: unknown,
): Promise<Page<Organization>> {
  const options = parseInput(OrganizationListQuerySchema, query, 'organizations query');
  const offset = decodeCursor(options.cursor);
  const rows = await listOrganizationRows(readExecutor(ctx), ctx.userId, {
    ...(options.q ? { q: options.q } : {}),
    limit: options.limit + 1,
    offset,
  });
  return toPage(rows, options.limit, offset);
}

export async function getOrganization(ctx: ServiceContext, id: number): Promise<Organization> {
  const [found] = await listOrganizationRows(readExecutor(ctx), ctx.userId, {
    id,
    limit: 1,
    offset: 0,
  });
  if (!found) throw new AppError('not_found', `No organization with id ${id}`);
  return found;
}
