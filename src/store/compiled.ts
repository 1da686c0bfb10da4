import { createHash } from 'node:crypto';
import { CompiledQuery, type Compilable } from 'kysely';
import type { Dialect, Executor } from './database';

/** Stand for the owner while a query is compiled; no row ever has a negative id. */
const OWNER = -1_999_999_937;
const OTHER_OWNER = -1_999_999_939;

/**
 * SQL texts PostgreSQL is sent as named prepared statements, so they are planned once per
 * connection rather than on every request (see `openPostgres`). Only the reads below add to it,
 * one text each, and a shaped read one a shape: about a hundred texts at most, the pages of
 * people being most of them. A name is a digest of its text: a session a pooler hands on can
 * only ever hold the same statement under the same name.
 */
export const PREPARED_ON_POSTGRES = new Map<string, string>();

/** Where a compiled read takes its values: the owner (-1) or the argument at that index. */
type Slot = { at: number; from: number };
type CompiledRead = { sql: string; parameters: readonly unknown[]; slots: Slot[] };

/** A value a compiled read is given: bound as one parameter wherever the query uses it. */
export type ReadArgument = string | number | null;

export type ReadOptions = {
  /**
   * False for a read whose best plan depends on its arguments' values (a search word common or
   * rare): PostgreSQL then plans each call for its values instead of keeping one plan. True by
   * default.
   */
  prepareOnPostgres?: boolean;
};

/**
 * A read whose SQL depends on the dialect alone, the owner and `args` being its only varying
 * values (each bound as one parameter). Building and compiling a query with Kysely costs about
 * as much as SQLite takes to run a small one, so it is compiled once per dialect and then only
 * the owner's and the arguments' positions are filled in. On PostgreSQL it is also prepared
 * once per connection, with its constants written into the text: a plan made for any owner
 * then still knows which stages or kinds it looks for, so it is as good as one made per call
 * and PostgreSQL keeps it instead of planning every call anew. `build` runs with stand-ins for
 * the arguments, so it must pass them to the query as values and never branch on them.
 */
export function ownerRead<Row, Args extends ReadArgument[] = []>(
  build: (tx: Executor, ownerId: number, ...args: Args) => Compilable<Row>,
  options: ReadOptions = {},
) {
  const compiled = new Map<Dialect, CompiledRead>();
  return async (tx: Executor, ownerId: number, ...args: Args): Promise<Row[]> => {
    let query = compiled.get(tx.dialect);
    if (!query) {
      query = compileForAnyOwner(tx, build, args.length);
      compiled.set(tx.dialect, query);
      const prepare = options.prepareOnPostgres ?? true;
      if (tx.dialect === 'postgres' && prepare && !PREPARED_ON_POSTGRES.has(query.sql)) {
        const digest = createHash('sha256').update(query.sql).digest('hex').slice(0, 24);
        PREPARED_ON_POSTGRES.set(query.sql, `wayfinder_${digest}`);
      }
    }
    const parameters = [...query.parameters];
    for (const { at, from } of query.slots) parameters[at] = from < 0 ? ownerId : args[from];
    const { rows } = await tx.kysely.executeQuery<Row>(CompiledQuery.raw(query.sql, parameters));
    return rows;
  };
}

/**
 * `ownerRead` for a read whose SQL also depends on a small `shape` (how many of something there
 * are, which parts are present): one compiled read per shape, told apart by its JSON. `build`
 * may branch on the shape, and on nothing else but its arguments' presence in it.
 */
export function shapedOwnerRead<Row, Shape>(
  build: (tx: Executor, ownerId: number, shape: Shape, ...args: ReadArgument[]) => Compilable<Row>,
  optionsFor: (shape: Shape) => ReadOptions = () => ({}),
) {
  const reads = new Map<
    string,
    (tx: Executor, ownerId: number, ...args: ReadArgument[]) => Promise<Row[]>
  >();
  return (tx: Executor, ownerId: number, shape: Shape, ...args: ReadArgument[]): Promise<Row[]> => {
    const key = JSON.stringify(shape);
    let read = reads.get(key);
    if (!read) {
      read = ownerRead<Row, ReadArgument[]>(
        (t, owner, ...values) => build(t, owner, shape, ...values),
        optionsFor(shape),
      );
      reads.set(key, read);
    }
    return read(tx, ownerId, ...args);
  };
}

/** Stand-ins for the arguments while a query is compiled, told apart from any real value. */
const stand = (call: 'one' | 'other', index: number) => `\u0000wayfinder ${call} argument ${index}`;

/**
 * The query compiled for two made-up owners and arguments: it must filter by owner, every
 * argument must reach it as a parameter, and nothing else may change between the two, or a
 * value of the first call would be kept for every later one.
 */
function compileForAnyOwner<Args extends ReadArgument[]>(
  tx: Executor,
  build: (tx: Executor, ownerId: number, ...args: Args) => Compilable<unknown>,
  argCount: number,
): CompiledRead {
  const standIns = (call: 'one' | 'other') =>
    Array.from({ length: argCount }, (_, index) => stand(call, index)) as Args;
  const one = build(tx, OWNER, ...standIns('one')).compile();
  const other = build(tx, OTHER_OWNER, ...standIns('other')).compile();
  // A query built one way for some arguments and another way for others would be kept in the
  // shape of the stand-ins; with every argument null it must come out the same.
  const nulls = build(tx, OWNER, ...(standIns('one').map(() => null) as Args)).compile();
  const slotOf = (value: unknown): number | undefined => {
    if (value === OWNER) return -1;
    const index = standIns('one').indexOf(value as ReadArgument);
    return index < 0 ? undefined : index;
  };
  const slots: Slot[] = one.parameters.flatMap((value, at) => {
    const from = slotOf(value);
    return from === undefined ? [] : [{ at, from }];
  });
  if (!slots.some((slot) => slot.from < 0)) {
    throw new Error(`ownerRead: the query does not filter by owner: ${one.sql}`);
  }
  for (let index = 0; index < argCount; index += 1) {
    if (!slots.some((slot) => slot.from === index)) {
      throw new Error(`ownerRead: argument ${index + 1} is not one parameter of: ${one.sql}`);
    }
  }
  const expected = (slot: Slot | undefined) =>
    slot === undefined ? undefined : slot.from < 0 ? OTHER_OWNER : stand('other', slot.from);
  const sameOtherwise =
    one.sql === other.sql &&
    one.sql === nulls.sql &&
    one.parameters.length === other.parameters.length &&
    one.parameters.every((value, at) => {
      const slot = slots.find((s) => s.at === at);
      return slot
        ? other.parameters[at] === expected(slot)
        : JSON.stringify(value) === JSON.stringify(other.parameters[at]);
    });
  if (!sameOtherwise) {
    throw new Error(
      `ownerRead: the query must vary with the owner and arguments alone: ${one.sql}`,
    );
  }
  const read = { sql: one.sql, parameters: one.parameters, slots };
  return tx.dialect === 'postgres' ? withConstantsWritten(read) : read;
}

/**
 * The read with each constant parameter (a string, a finite number or a boolean) written into
 * the text as a quoted literal, and the other parameters renumbered. Quoted, a constant keeps
 * the meaning it had as a parameter: the driver sends values as untyped text, and PostgreSQL
 * reads an untyped literal the same way (`limit '1'`, `x = '5'`). A string holding a backslash
 * stays a parameter, as how PostgreSQL reads it depends on a setting. A text this cannot take
 * apart for certain (comments, dollar quotes, escape strings) is left as it is.
 */
function withConstantsWritten(read: CompiledRead): CompiledRead {
  const parts = read.sql.split(/('(?:[^']|'')*'|"(?:[^"]|"")*")/);
  const unquoted = parts.filter((_, index) => index % 2 === 0);
  const unsure = unquoted.some(
    (part, index) =>
      /--|\/\*|\$(?!\d)|'|"/.test(part) ||
      (/(^|[^\w$])[eE]$/.test(part) && parts[2 * index + 1]?.startsWith("'")),
  );
  if (unsure) return read;
  const literalAt = read.parameters.map((value, at) =>
    read.slots.some((slot) => slot.at === at) ? undefined : literalOf(value),
  );
  const kept: number[] = [];
  const renumbered = new Map<number, number>();
  read.parameters.forEach((_, at) => {
    if (literalAt[at] === undefined) renumbered.set(at, kept.push(at));
  });
  const used = new Set<number>();
  const sql = parts
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/\$(\d+)/g, (_, number: string) => {
            const at = Number(number) - 1;
            used.add(at);
            return literalAt[at] ?? `$${renumbered.get(at)}`;
          }),
    )
    .join('');
  // Every parameter must have been found where the compiler put it, or nothing is changed.
  if (used.size !== read.parameters.length || [...used].some((at) => at >= used.size)) return read;
  return {
    sql,
    parameters: kept.map((at) => read.parameters[at]),
    slots: read.slots.map(({ at, from }) => ({ at: renumbered.get(at)! - 1, from })),
  };
}

/** A constant as PostgreSQL is sent it by the driver, quoted; none for other values. */
function literalOf(value: unknown): string | undefined {
  const text =
    typeof value === 'string'
      ? value
      : (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean'
        ? String(value)
        : undefined;
  return text === undefined || text.includes('\\') ? undefined : `'${text.replaceAll("'", "''")}'`;
}
