import { sql, type RawBuilder } from 'kysely';
import { RELATIONSHIPS } from '#core/person';
import { warmth } from '#core/target';

const WARMEST = Math.max(...RELATIONSHIPS.map(warmth));

/**
 * How far a relationship is from the warmest, as SQL: 0 for the warmest, then up, so that the
 * warmest person comes first in ascending order (an index in both dialects' default order).
 * Written with literals only, as an index over it must be: the organization-warmth index of
 * migration 0015 holds this very expression (`WARMTH_RANK_0015`, which a test compares it to),
 * so a change of `warmth` needs a migration that rebuilds that index.
 */
export function warmthRank(relationship: string): RawBuilder<number> {
  const ranks = RELATIONSHIPS.map((name) => `when '${name}' then ${WARMEST - warmth(name)}`);
  return sql<number>`(case ${sql.ref(relationship)} ${sql.raw(ranks.join(' '))} else ${sql.raw(
    String(WARMEST - warmth(null)),
  )} end)`;
}
