import { encodeCursor } from '#core/cursor';
import type { Page } from '#core/person';
import type { Executor } from '#store/database';
import type { ServiceContext } from './context';

/** Cuts rows fetched with `limit + 1` into a page and the cursor of the next one. */
export function toPage<T>(rows: T[], limit: number, offset: number): Page<T> {
  const hasMore = rows.length > limit;
  return {
    items: hasMore ? rows.slice(0, limit) : rows,
    nextCursor: hasMore ? encodeCursor(offset + limit) : null,
  };
}

/** Reads outside a transaction run on the database itself. */
export function readExecutor(ctx: ServiceContext): Executor {
  return { kysely: ctx.db.kysely, dialect: ctx.db.dialect };
}
