import { sql, type RawBuilder } from 'kysely';
import type { Executor } from './database';

/**
 * A list of ids bound as one JSON parameter, as a one-column subquery for `in` and `not in`: a
 * list of thousands (everyone the user ever decided about) would overrun the parameters one
 * statement may hold (32,766 on SQLite, 65,535 on PostgreSQL), and repeated across the arms of
 * a union it would do so sooner.
 */
export function idsIn(tx: Executor, ids: readonly number[]): RawBuilder<number> {
  return idsOfJson(tx, JSON.stringify(ids));
}

/** `idsIn` for a list already written as a JSON array of numbers. */
export function idsOfJson(tx: Executor, list: string): RawBuilder<number> {
  return tx.dialect === 'sqlite'
    ? sql<number>`(select value from json_each(${list}))`
    : sql<number>`(select value::integer from json_array_elements_text(${list}::json))`;
}
