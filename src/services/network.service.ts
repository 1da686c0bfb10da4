import { z } from 'zod';
import { limitUpTo, parseInput } from '#core/validation';
import { countOrganizations } from '#store/organization.store';
import { countPeople, listTags as listTagRows, type TagCount } from '#store/person-query.store';
import type { ServiceContext } from './context';
import { readExecutor } from './paging';

export const NetworkSummarySchema = z.object({
  people: z.number().int(),
  archivedPeople: z.number().int(),
  organizations: z.number().int(),
});
export type NetworkSummary = z.infer<typeof NetworkSummarySchema>;

/** How big the owner's network is: for the home screen and progress. */
export async function getNetworkSummary(ctx: ServiceContext): Promise<NetworkSummary> {
  const tx = readExecutor(ctx);
  const [people, organizations] = await Promise.all([
    countPeople(tx, ctx.userId),
    countOrganizations(tx, ctx.userId),
  ]);
  return { people: people.active, archivedPeople: people.archived, organizations };
}

export const TagListQuerySchema = z.strictObject({
  limit: limitUpTo(500).default(100),
});

export const TagCountSchema = z.object({ tag: z.string(), count: z.number().int() });

/** The tags in use, most used first, as the user spelled them. */
export async function listTags(
  ctx: ServiceContext,
  query: unknown,
): Promise<{ items: TagCount[] }> {
  const { limit } = parseInput(TagListQuerySchema, query, 'tags query');
  return { items: await listTagRows(readExecutor(ctx), ctx.userId, limit) };
}
